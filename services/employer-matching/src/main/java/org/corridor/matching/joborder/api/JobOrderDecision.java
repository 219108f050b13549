package org.corridor.matching.joborder.api;

import java.util.List;

/** What opening or amending a job order came to: accepted, or refused with one breach per broken rule. */
public record JobOrderDecision(String jobOrderId, boolean accepted, List<RuleBreach> breaches) {
}
