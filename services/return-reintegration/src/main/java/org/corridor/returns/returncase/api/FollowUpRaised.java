package org.corridor.returns.returncase.api;

import java.time.Instant;

/** A follow-up fell due: the counsellor contacts the returnee. Raised once, whatever the deliveries. */
public record FollowUpRaised(String returnCaseId, FollowUp followUp, Instant dueAt) {
}
