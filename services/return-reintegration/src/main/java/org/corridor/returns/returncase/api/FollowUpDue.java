package org.corridor.returns.returncase.api;

/**
 * The deadline payload of a follow-up. Pending deadlines store this class's name for months: never rename or move
 * it, and keep it to ids.
 */
public record FollowUpDue(String returnCaseId, FollowUp followUp) {
}
