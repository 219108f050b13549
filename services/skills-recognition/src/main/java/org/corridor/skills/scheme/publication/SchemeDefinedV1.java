package org.corridor.skills.scheme.publication;

import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.SchemeTerms;

import java.util.List;

/** Public contract {@code skills-recognition.scheme-defined.v1} (contracts/events). */
record SchemeDefinedV1(String schemeId, String name, String originCountry, String destinationCountry,
                       String trainingStandard, List<SchemeTermsV1.Occupation> occupations,
                       List<SchemeTermsV1.Quota> quotas, List<SchemeTermsV1.Benchmark> benchmarkWages,
                       String administeringOrganisation) {

    static final String TYPE = "skills-recognition.scheme-defined.v1";

    static SchemeDefinedV1 from(SchemeDefined event) {
        SchemeTerms t = event.terms();
        return new SchemeDefinedV1(event.schemeId().value(), t.name(), t.origin().value(), t.destination().value(),
                t.trainingStandard(), SchemeTermsV1.occupations(t), SchemeTermsV1.quotas(t),
                SchemeTermsV1.benchmarks(t), event.administeringOrganisation());
    }
}
