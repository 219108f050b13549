package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;

/** A job order is opened under a scheme employer-matching knows and that has not closed. */
final class SchemeOpenForJobOrders implements FairRecruitmentRule {

    @Override
    public String name() {
        return "scheme-open";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        if (context.scheme() == null) {
            return List.of(breach("schemeId", "No scheme " + terms.schemeId() + " is known to employer matching.",
                    "Choose a scheme from GET /schemes; a newly defined scheme appears there within seconds."));
        }
        if (context.scheme().closed()) {
            return List.of(breach("schemeId", "Scheme " + terms.schemeId() + " is closed: "
                    + context.scheme().closedReason() + ".", "Open the job order under a scheme that is still running."));
        }
        return List.of();
    }
}
