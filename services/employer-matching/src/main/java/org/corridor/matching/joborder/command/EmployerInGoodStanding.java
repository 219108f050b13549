package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;

/** Only a registered employer that no unresolved substantiated grievance suspends opens job orders. */
final class EmployerInGoodStanding implements FairRecruitmentRule {

    @Override
    public String name() {
        return "employer-in-good-standing";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        if (context.employerMayOpen()) {
            return List.of();
        }
        return context.employerStandingReasons().stream()
                .map(reason -> breach("employerId", reason,
                        "Resolve the grievance with the scheme's counsellors; job orders open again once it is resolved."))
                .toList();
    }
}
