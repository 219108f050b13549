package org.corridor.returns.returncase.api;

/** The follow-ups of every return case, due 3, 6 and 12 months after the return. */
public enum FollowUp {
    THREE_MONTHS, SIX_MONTHS, TWELVE_MONTHS
}
