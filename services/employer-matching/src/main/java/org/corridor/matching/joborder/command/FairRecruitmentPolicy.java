package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;

/** Every fair-recruitment rule, checked in full: a refusal lists each broken rule, not only the first. */
final class FairRecruitmentPolicy {

    static final List<FairRecruitmentRule> RULES = List.of(
            new EmployerInGoodStanding(),
            new SchemeOpenForJobOrders(),
            new OccupationInScheme(),
            new EmployerPaysPrinciple(),
            new WageFloor(),
            new EqualTreatmentWage(),
            new CompleteWorkingTerms(),
            new SchemeQuota());

    private FairRecruitmentPolicy() {
    }

    static List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        return RULES.stream().flatMap(rule -> rule.check(terms, context).stream()).toList();
    }
}
