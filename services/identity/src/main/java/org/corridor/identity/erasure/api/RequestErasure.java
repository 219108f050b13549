package org.corridor.identity.erasure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/**
 * Forget {@code personId}: the one command of the platform's erasure. {@code originCountry} is the person's country
 * as far as it is known (for the origin agency that may read the receipt); {@code receiptCodeDigest} the SHA-256
 * digest of the code shown once to the requester; {@code expectedServices} the services whose answers complete it.
 */
public record RequestErasure(@TargetAggregateIdentifier String erasureId, String personId, Instant requestedAt,
                             Requester requestedBy, String originCountry, String receiptCodeDigest,
                             List<String> expectedServices) {
}
