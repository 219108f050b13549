package org.corridor.benchmark.cycle.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the next stage on an existing aggregate; travels under {@link AggregateKind#advanceCommand()}. */
public record Advance(@TargetAggregateIdentifier String aggregateId, String stage, String note) {
}
