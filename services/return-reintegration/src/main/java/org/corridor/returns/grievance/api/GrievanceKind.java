package org.corridor.returns.grievance.api;

/** What a worker complains of; the same list the public grievance contracts carry. */
public enum GrievanceKind {
    UNPAID_WAGES, RECRUITMENT_FEE, DOCUMENTS_CONFISCATED, CONTRACT_SUBSTITUTION, OTHER;

    /** Kinds about money the worker lost: they say how much. */
    public boolean claimsMoney() {
        return this == UNPAID_WAGES || this == RECRUITMENT_FEE;
    }
}
