package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The qualification authority could not be reached or failed; the case waits and is tried again at {@code nextAttemptAt}. */
public record RecordVerificationAttempt(@TargetAggregateIdentifier String caseId, Instant attemptedAt, String failure,
                                        Instant nextAttemptAt) {
}
