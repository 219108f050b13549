package org.corridor.matching.joborder.query;

import org.corridor.kernel.types.Money;
import org.corridor.matching.joborder.api.SchemeRules;
import org.corridor.matching.joborder.command.SchemeRulebook;
import org.corridor.matching.scheme.query.SchemeTerms;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The scheme terms employer-matching received, as the fair-recruitment rules read them. */
@Component
class JobOrderRulebook implements SchemeRulebook {

    private final SchemeTermsProjection schemes;

    JobOrderRulebook(SchemeTermsProjection schemes) {
        this.schemes = schemes;
    }

    @Override
    public Optional<SchemeRules> rulesOf(String schemeId) {
        return schemes.find(schemeId).map(JobOrderRulebook::rules);
    }

    static SchemeRules rules(SchemeTerms terms) {
        Map<String, SchemeRules.Occupation> occupations = new LinkedHashMap<>();
        terms.occupations().forEach(o -> occupations.put(o.iscoCode(), new SchemeRules.Occupation(o.iscoCode(),
                o.title(), Money.of(o.monthlyWageFloor(), o.currency()))));
        Map<String, Map<String, Money>> benchmarks = new HashMap<>();
        terms.benchmarkWages().forEach(b -> benchmarks.computeIfAbsent(b.iscoCode(), k -> new HashMap<>())
                .put(b.region(), Money.of(b.monthlyWage(), b.currency())));
        return new SchemeRules(terms.schemeId(), terms.closed(), terms.closedReason(), occupations, benchmarks,
                terms.quotas().stream().filter(q -> "AWAY".equals(q.track()))
                        .map(q -> new SchemeRules.Quota(q.places(), q.intakeYear())).toList());
    }
}
