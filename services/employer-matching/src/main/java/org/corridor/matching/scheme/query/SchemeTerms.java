package org.corridor.matching.scheme.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * The terms of a scheme that matching works within: the corridor, the wage floor and required skills of each
 * occupation, the places per track and intake year, the benchmark wages of national workers per occupation and
 * region, its last amendment, and whether it has closed.
 */
@Document(SchemeTerms.COLLECTION)
public record SchemeTerms(@Id String schemeId, String name, String originCountry, String destinationCountry,
                          List<OccupationTerms> occupations, List<Quota> quotas, List<BenchmarkWage> benchmarkWages,
                          String administeringOrganisation, Amendment lastAmendment, boolean closed,
                          String closedReason, long version, Instant definedAt) {

    static final String COLLECTION = "scheme-terms";

    public SchemeTerms {
        benchmarkWages = benchmarkWages == null ? List.of() : benchmarkWages;
    }

    public record OccupationTerms(String iscoCode, String title, String monthlyWageFloor, String currency,
                                  List<RequiredSkill> requiredSkills) {

        public OccupationTerms {
            requiredSkills = requiredSkills == null ? List.of() : requiredSkills;
        }
    }

    public record RequiredSkill(String skillCode, String label, int level) {
    }

    /** Places of a track; without intake year, for every year. */
    public record Quota(String track, int places, Integer intakeYear) {
    }

    public record BenchmarkWage(String iscoCode, String region, String monthlyWage, String currency) {
    }

    public record Amendment(String reason, String effectiveFrom) {
    }
}
