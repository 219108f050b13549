package org.corridor.skills.scheme.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.corridor.kernel.types.Money;
import org.corridor.skills.scheme.api.SchemeTerms;

import java.util.List;

/** The parts of a scheme's terms that scheme-defined.v1 and scheme-amended.v1 share, in their public form. */
final class SchemeTermsV1 {

    private SchemeTermsV1() {
    }

    record Occupation(String iscoCode, String title, Wage monthlyWageFloor, List<Skill> requiredSkills) {
    }

    record Skill(String skillCode, String label, int level) {
    }

    record Wage(String amount, String currency) {
        static Wage of(Money money) {
            return new Wage(money.amount().toPlainString(), money.currency());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Quota(String track, int places, Integer intakeYear) {
    }

    record Benchmark(String iscoCode, String region, Wage monthlyWage) {
    }

    static List<Occupation> occupations(SchemeTerms terms) {
        return terms.occupations().stream().map(o -> new Occupation(o.code().value(), o.title(),
                Wage.of(o.monthlyWageFloor()), o.requiredSkills().stream()
                .map(s -> new Skill(s.skillCode(), s.label(), s.level())).toList())).toList();
    }

    static List<Quota> quotas(SchemeTerms terms) {
        return terms.quotas().stream().map(q -> new Quota(q.track().name(), q.places(), q.intakeYear())).toList();
    }

    static List<Benchmark> benchmarks(SchemeTerms terms) {
        return terms.benchmarkWages().stream().map(b -> new Benchmark(b.code().value(), b.region(),
                Wage.of(b.monthlyWage()))).toList();
    }
}
