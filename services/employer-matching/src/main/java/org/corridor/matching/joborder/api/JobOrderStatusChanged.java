package org.corridor.matching.joborder.api;

/** The employer paused, resumed, filled or closed the order. */
public record JobOrderStatusChanged(String jobOrderId, String employerId, String schemeId, JobOrderStatus from,
                                    JobOrderStatus to, int positions, int intakeYear, String reason) {
}
