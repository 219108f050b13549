package org.corridor.matching.joborder.api;

public record JobOrderOpened(String jobOrderId, String employerId, JobOrderTerms terms) {
}
