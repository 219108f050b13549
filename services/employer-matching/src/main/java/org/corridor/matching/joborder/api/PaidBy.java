package org.corridor.matching.joborder.api;

/** Who bears a cost of recruitment. Under the Employer Pays Principle it is never the worker. */
public enum PaidBy {
    EMPLOYER, WORKER
}
