package org.corridor.matching.scheme.adapter;

import java.util.List;

/**
 * Employer-matching's own copy of {@code skills-recognition.scheme-defined.v1}: only the fields it uses. Unknown
 * fields are ignored, so the publisher may add fields without breaking this consumer.
 */
record SchemeDefinedV1(String schemeId, String name, String originCountry, String destinationCountry,
                       List<Occupation> occupations, List<Quota> quotas) {

    static final String TYPE = "skills-recognition.scheme-defined.v1";

    record Occupation(String iscoCode, String title, Wage monthlyWageFloor) {
    }

    record Wage(String amount, String currency) {
    }

    record Quota(String track, int places) {
    }
}
