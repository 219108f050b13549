package org.corridor.skills.recognition.api;

import java.time.Instant;

public record VerificationDeferred(String caseId, int attempt, Instant attemptedAt, String failure,
                                   Instant nextAttemptAt) {
}
