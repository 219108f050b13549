package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;
import java.util.Optional;

/** The scheme's away-track places for the intake year are not exceeded by the positions of all its job orders. */
final class SchemeQuota implements FairRecruitmentRule {

    @Override
    public String name() {
        return "scheme-quota";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        if (context.scheme() == null) {
            return List.of();
        }
        Optional<Integer> places = context.scheme().awayPlaces(terms.intakeYear());
        if (places.isEmpty()) {
            return List.of(breach("startDate", "Scheme " + terms.schemeId() + " sets no away-track places for "
                    + terms.intakeYear() + ".", "Start the job order in a year the scheme admits workers for."));
        }
        int free = places.get() - context.positionsTakenByOthers();
        if (terms.positions() > free) {
            return List.of(breach("positions", terms.positions() + " positions would exceed the scheme's quota of "
                    + places.get() + " away-track places for " + terms.intakeYear() + ": " + Math.max(free, 0)
                    + " are left.", "Ask for at most " + Math.max(free, 0) + " positions."));
        }
        return List.of();
    }
}
