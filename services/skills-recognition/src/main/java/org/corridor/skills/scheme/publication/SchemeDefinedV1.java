package org.corridor.skills.scheme.publication;

import org.corridor.skills.scheme.api.SchemeDefined;

import java.util.List;

/** Public contract {@code skills-recognition.scheme-defined.v1} (contracts/events). */
record SchemeDefinedV1(String schemeId, String name, String originCountry, String destinationCountry,
                       String trainingStandard, List<Occupation> occupations, List<Quota> quotas) {

    static final String TYPE = "skills-recognition.scheme-defined.v1";

    record Occupation(String iscoCode, String title, Wage monthlyWageFloor) {
    }

    record Wage(String amount, String currency) {
    }

    record Quota(String track, int places) {
    }

    static SchemeDefinedV1 from(SchemeDefined event) {
        return new SchemeDefinedV1(event.schemeId().value(), event.name(), event.origin().value(),
                event.destination().value(), event.trainingStandard(),
                event.occupations().stream().map(o -> new Occupation(o.code().value(), o.title(),
                        new Wage(o.monthlyWageFloor().amount().toPlainString(), o.monthlyWageFloor().currency())))
                        .toList(),
                event.quotas().stream().map(q -> new Quota(q.track().name(), q.places())).toList());
    }
}
