package org.corridor.matching.placement.api;

/** One term of the signed contract that is worse for the worker than the accepted offer. */
public record WorseTerm(Term term, String offered, String signed) {

    public enum Term {
        WAGE, HOURS, DURATION, DEDUCTIONS, HOUSING
    }
}
