package org.corridor.matching.joborder.api;

/** Where a job order stands. Only an OPEN order takes candidates. */
public enum JobOrderStatus {
    REFUSED, OPEN, PAUSED, FILLED, CLOSED
}
