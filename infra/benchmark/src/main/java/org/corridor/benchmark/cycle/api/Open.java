package org.corridor.benchmark.cycle.api;

/**
 * Starts one aggregate of a person's cycle. One payload for every kind: it travels under the kind's own command
 * name ({@link AggregateKind#openCommand()}), so each aggregate class handles only its own.
 */
public record Open(String aggregateId, PersonFacts person, String stage) {
}
