package org.corridor.matching.joborder.api;

/** An employer asks to open a job order; it is checked against every fair-recruitment rule. */
public record OpenJobOrder(String jobOrderId, String employerId, JobOrderTerms terms) {
}
