package org.corridor.returns.erasure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * The person asked to be forgotten (identity's erasure request): erase what this service holds about them, unless
 * a legal hold keeps it for now.
 *
 * @param requestedBy PERSON or ORIGIN_AGENCY, as identity says
 * @param holdings    what the service holds about the person now
 */
public record ErasePersonalData(@TargetAggregateIdentifier String personId, String erasureId, String requestedBy,
                                Instant requestedAt, Holdings holdings) {
}
