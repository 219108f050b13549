package org.corridor.returns.grievance.api;

/** Where a grievance is, as the worker follows it. */
public enum GrievanceStatus {
    FILED, TRIAGED, UNDER_INVESTIGATION, SUBSTANTIATED, DISMISSED, RESOLVED, CLOSED
}
