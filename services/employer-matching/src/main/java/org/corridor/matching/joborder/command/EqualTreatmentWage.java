package org.corridor.matching.joborder.command;

import org.corridor.kernel.types.Money;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;
import java.util.Optional;

/**
 * Equal treatment: a migrant worker is paid no less than the scheme's benchmark for national workers in the same
 * occupation and region, where the scheme sets one.
 */
final class EqualTreatmentWage implements FairRecruitmentRule {

    @Override
    public String name() {
        return "equal-treatment-wage";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        if (context.scheme() == null || terms.location() == null || terms.location().region() == null) {
            return List.of();
        }
        Optional<Money> benchmark = context.scheme().benchmark(terms.iscoCode(), terms.location().region());
        if (benchmark.isEmpty() || !benchmark.get().currency().equals(terms.monthlyWage().currency())) {
            return List.of();
        }
        if (terms.monthlyWage().isLessThan(benchmark.get())) {
            return List.of(breach("monthlyWage", "A monthly wage of " + terms.monthlyWage() + " is below the "
                    + benchmark.get() + " that national workers in occupation " + terms.iscoCode() + " earn in "
                    + terms.location().region() + ".", "Offer at least " + benchmark.get() + " a month: equal pay "
                    + "for equal work."));
        }
        return List.of();
    }
}
