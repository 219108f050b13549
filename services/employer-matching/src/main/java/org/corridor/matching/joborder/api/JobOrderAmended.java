package org.corridor.matching.joborder.api;

/** The order's terms changed; {@code previous} are the terms before (null when a refused order is now opened). */
public record JobOrderAmended(String jobOrderId, String employerId, JobOrderTerms terms, JobOrderTerms previous,
                              JobOrderStatus statusBefore) {
}
