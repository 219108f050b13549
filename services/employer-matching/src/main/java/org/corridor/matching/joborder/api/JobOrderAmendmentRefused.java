package org.corridor.matching.joborder.api;

import java.util.List;

/** An amendment broke fair-recruitment rules: recorded with its reasons, the order keeps its former terms. */
public record JobOrderAmendmentRefused(String jobOrderId, String employerId, JobOrderTerms terms,
                                       List<RuleBreach> breaches) {
}
