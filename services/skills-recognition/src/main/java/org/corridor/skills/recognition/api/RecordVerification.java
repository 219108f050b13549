package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The qualification authority answered. */
public record RecordVerification(@TargetAggregateIdentifier String caseId, VerificationOutcome outcome, String detail,
                                 Instant answeredAt) {
}
