package org.corridor.returns.benefit.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The destination's system acknowledged the claim under its own reference. */
public record RecordReceipt(@TargetAggregateIdentifier String claimId, String destinationReference,
                            String destinationStatus, Instant receivedAt) {
}
