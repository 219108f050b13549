package org.corridor.permits.application.api;

import java.time.LocalDate;

/**
 * The payloads of the deadlines a permit application schedules. Pending deadlines store these class names and
 * fields for months: never rename, move or reshape them.
 */
public final class ApplicationDeadlines {

    private ApplicationDeadlines() {
    }

    public static final String DECISION_DUE = "permit-decision-due";
    public static final String PERMIT_EXPIRING = "permit-expiring";
    public static final String PERMIT_EXPIRES = "permit-expires";

    public record DecisionDue(String applicationId, LocalDate dueOn) {
    }

    public record PermitExpiring(String applicationId, DeadlineKind deadline, LocalDate validUntil) {
    }

    public record PermitExpires(String applicationId, LocalDate validUntil) {
    }
}
