package org.corridor.matching.joborder.api;

import java.util.List;

/** A request to open a job order broke fair-recruitment rules; recorded with every reason, nothing opened. */
public record JobOrderRefused(String jobOrderId, String employerId, JobOrderTerms terms, List<RuleBreach> breaches) {
}
