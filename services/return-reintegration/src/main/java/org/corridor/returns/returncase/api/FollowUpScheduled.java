package org.corridor.returns.returncase.api;

import java.time.Instant;

/** @param scheduleId the deadline's id, kept to cancel it when the case closes first */
public record FollowUpScheduled(String returnCaseId, FollowUp followUp, Instant dueAt, String scheduleId) {
}
