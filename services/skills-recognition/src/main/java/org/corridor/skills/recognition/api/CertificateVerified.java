package org.corridor.skills.recognition.api;

import org.corridor.kernel.types.PersonId;

import java.time.Instant;

public record CertificateVerified(String caseId, PersonId personId, VerificationOutcome outcome, String detail,
                                  Instant answeredAt) {
}
