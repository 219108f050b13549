package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.ArrayList;
import java.util.List;

/**
 * A worker decides on full information: a job order states weekly hours, the contract's duration, where the work
 * is, and the housing terms (provided or not, and at what cost to the worker).
 */
final class CompleteWorkingTerms implements FairRecruitmentRule {

    @Override
    public String name() {
        return "complete-working-terms";
    }

    @Override
    public List<RuleBreach> check(JobOrderTerms terms, RecruitmentContext context) {
        List<RuleBreach> breaches = new ArrayList<>();
        if (terms.hoursPerWeek() == null || terms.hoursPerWeek().signum() <= 0) {
            breaches.add(breach("hoursPerWeek", "The job order does not state the weekly working hours.",
                    "State the contractual hours per week."));
        }
        if (terms.contractMonths() == null || terms.contractMonths() <= 0) {
            breaches.add(breach("contractMonths", "The job order does not state how long the contract runs.",
                    "State the contract's duration in months."));
        }
        if (terms.location() == null || blank(terms.location().city()) || blank(terms.location().region())) {
            breaches.add(breach("location", "The job order does not state where the work is (city and region).",
                    "State the city and region of the workplace."));
        }
        if (terms.housing() == null || blank(terms.housing().description())) {
            breaches.add(breach("housing", "The job order does not state the housing terms.",
                    "Say whether housing is provided, what it is and what the worker pays for it."));
        }
        return breaches;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
