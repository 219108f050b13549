package org.corridor.matching.joborder.api;

import org.corridor.kernel.types.Money;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The terms of a scheme a job order is checked against, as employer-matching last received them.
 *
 * @param occupations    per ISCO code: the wage floor and the skills the scheme requires
 * @param benchmarkWages per ISCO code and region: what national workers in that occupation earn there
 * @param awayQuotas     places of the away track; a quota without intake year applies to every year
 */
public record SchemeRules(String schemeId, boolean closed, String closedReason, Map<String, Occupation> occupations,
                          Map<String, Map<String, Money>> benchmarkWages, List<Quota> awayQuotas) {

    public record Occupation(String iscoCode, String title, Money monthlyWageFloor) {
    }

    public record Quota(int places, Integer intakeYear) {
    }

    public Optional<Money> benchmark(String iscoCode, String region) {
        return Optional.ofNullable(benchmarkWages.getOrDefault(iscoCode, Map.of()).get(region));
    }

    /** The away-track places for an intake year: the quota of that year, else a quota for every year. */
    public Optional<Integer> awayPlaces(int intakeYear) {
        return awayQuotas.stream().filter(q -> q.intakeYear() != null && q.intakeYear() == intakeYear)
                .map(Quota::places).findFirst()
                .or(() -> awayQuotas.stream().filter(q -> q.intakeYear() == null).map(Quota::places).findFirst());
    }
}
