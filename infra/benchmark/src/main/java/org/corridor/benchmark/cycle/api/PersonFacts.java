package org.corridor.benchmark.cycle.api;

/**
 * Who a cycle is about, carried by the first event of each of the person's aggregates, as the services' first
 * events carry the person, the scheme and what is counted per corridor and gender.
 */
public record PersonFacts(String personId, String schemeId, String originCountry, String destinationCountry,
                          String iscoCode, String track, String gender) {
}
