package org.corridor.matching.scheme.adapter;

import java.util.List;

/**
 * Employer-matching's own copy of {@code skills-recognition.scheme-defined.v1} and, with {@code amendment},
 * {@code scheme-amended.v1} (the same terms in full after the amendment): only the fields it uses. Unknown fields
 * are ignored, so the publisher may add fields without breaking this consumer.
 */
record SchemeDefinedV1(String schemeId, String name, String originCountry, String destinationCountry,
                       List<Occupation> occupations, List<Quota> quotas, List<BenchmarkWage> benchmarkWages,
                       String administeringOrganisation, Amendment amendment) {

    static final String TYPE = "skills-recognition.scheme-defined.v1";
    static final String AMENDED = "skills-recognition.scheme-amended.v1";

    record Occupation(String iscoCode, String title, Wage monthlyWageFloor, List<RequiredSkill> requiredSkills) {
    }

    record RequiredSkill(String skillCode, String label, int level) {
    }

    record Wage(String amount, String currency) {
    }

    record Quota(String track, int places, Integer intakeYear) {
    }

    record BenchmarkWage(String iscoCode, String region, Wage monthlyWage) {
    }

    record Amendment(String reason, String effectiveFrom) {
    }
}
