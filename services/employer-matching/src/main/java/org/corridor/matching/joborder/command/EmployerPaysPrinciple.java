package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.PaidBy;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.ArrayList;
import java.util.List;

/**
 * The Employer Pays Principle: no recruitment fee or related cost is charged to the worker, in whole or in part.
 * One breach per cost the worker would pay.
 */
final class EmployerPaysPrinciple implements FairRecruitmentRule {

    @Override
    public String name() {
        return "employer-pays-principle";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        List<RuleBreach> breaches = new ArrayList<>();
        for (int i = 0; i < terms.recruitmentCosts().size(); i++) {
            JobOrderTerms.RecruitmentCost cost = terms.recruitmentCosts().get(i);
            if (cost.paidBy() == PaidBy.WORKER && !cost.amount().isZero()) {
                breaches.add(breach("recruitmentCosts[" + i + "].paidBy", "The worker would pay " + cost.amount()
                        + " for " + cost.item() + "; no recruitment fee or cost may be charged to a worker.",
                        "Have the employer pay this cost (paidBy EMPLOYER), or remove it."));
            }
        }
        return breaches;
    }
}
