package org.corridor.permits.application.api;

/** The deadlines the service raises, each once per application and due date. */
public enum DeadlineKind {
    DECISION_OVERDUE, EXPIRES_IN_90_DAYS, EXPIRES_IN_30_DAYS
}
