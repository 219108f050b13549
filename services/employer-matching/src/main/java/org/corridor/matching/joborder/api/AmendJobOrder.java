package org.corridor.matching.joborder.api;

/** An employer changes a job order's terms (or resubmits a refused one); checked again against every rule. */
public record AmendJobOrder(String jobOrderId, String employerId, JobOrderTerms terms) {
}
