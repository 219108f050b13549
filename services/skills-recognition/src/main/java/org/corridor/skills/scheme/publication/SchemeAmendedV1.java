package org.corridor.skills.scheme.publication;

import org.corridor.skills.scheme.api.SchemeAmended;
import org.corridor.skills.scheme.api.SchemeTerms;

import java.util.List;

/**
 * Public contract {@code skills-recognition.scheme-amended.v1}: the full terms after the amendment, and the
 * amendment itself. Consumers replace their copy when the envelope's aggregateVersion is newer.
 */
record SchemeAmendedV1(String schemeId, String name, String originCountry, String destinationCountry,
                       String trainingStandard, List<SchemeTermsV1.Occupation> occupations,
                       List<SchemeTermsV1.Quota> quotas, List<SchemeTermsV1.Benchmark> benchmarkWages,
                       Amendment amendment) {

    static final String TYPE = "skills-recognition.scheme-amended.v1";

    record Amendment(String reason, String effectiveFrom) {
    }

    static SchemeAmendedV1 from(SchemeAmended event) {
        SchemeTerms t = event.terms();
        return new SchemeAmendedV1(event.schemeId().value(), t.name(), t.origin().value(), t.destination().value(),
                t.trainingStandard(), SchemeTermsV1.occupations(t), SchemeTermsV1.quotas(t),
                SchemeTermsV1.benchmarks(t),
                new Amendment(event.reason(), event.effectiveFrom().toString()));
    }
}
