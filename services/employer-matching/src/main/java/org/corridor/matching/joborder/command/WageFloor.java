package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;
import org.corridor.matching.joborder.api.SchemeRules;

import java.util.List;

/** A job order pays at least the scheme's monthly wage floor for its occupation, in the floor's currency. */
final class WageFloor implements FairRecruitmentRule {

    @Override
    public String name() {
        return "wage-floor";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        SchemeRules.Occupation occupation = context.scheme() == null ? null
                : context.scheme().occupations().get(terms.iscoCode());
        if (occupation == null) {
            return List.of(); // the scheme or occupation rule explains why
        }
        if (!occupation.monthlyWageFloor().currency().equals(terms.monthlyWage().currency())) {
            return List.of(breach("monthlyWage.currency", "The scheme's wage floor for " + terms.iscoCode()
                    + " is set in " + occupation.monthlyWageFloor().currency() + ".",
                    "State the monthly wage in " + occupation.monthlyWageFloor().currency() + "."));
        }
        if (terms.monthlyWage().isLessThan(occupation.monthlyWageFloor())) {
            return List.of(breach("monthlyWage", "A monthly wage of " + terms.monthlyWage() + " is below the scheme's "
                    + "floor of " + occupation.monthlyWageFloor() + " for " + occupation.title() + ".",
                    "Offer at least " + occupation.monthlyWageFloor() + " a month."));
        }
        return List.of();
    }
}
