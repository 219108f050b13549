package org.corridor.matching.allocation.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** A candidate lists the job orders it would accept, best first. Replaces any earlier list. */
public record StatePreferences(@TargetAggregateIdentifier String personId, List<String> jobOrderIds) {
}
