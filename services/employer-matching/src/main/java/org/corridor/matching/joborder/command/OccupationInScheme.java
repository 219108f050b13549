package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;

/** A scheme trains and admits people for its own occupations only. */
final class OccupationInScheme implements FairRecruitmentRule {

    @Override
    public String name() {
        return "occupation-in-scheme";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        if (context.scheme() == null || context.scheme().occupations().containsKey(terms.iscoCode())) {
            return List.of();
        }
        return List.of(breach("iscoCode", "Scheme " + terms.schemeId() + " does not cover occupation "
                        + terms.iscoCode() + "; it covers " + String.join(", ", context.scheme().occupations().keySet())
                        + ".", "Choose one of the scheme's occupations, or a scheme that covers this one."));
    }
}
