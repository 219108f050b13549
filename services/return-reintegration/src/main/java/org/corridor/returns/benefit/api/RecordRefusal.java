package org.corridor.returns.benefit.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The destination's system refused the claim as it stands (a 4xx answer): sending it again would not help. */
public record RecordRefusal(@TargetAggregateIdentifier String claimId, String reason) {
}
