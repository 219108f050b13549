package org.corridor.skills.recognition.api;

public record VerificationStopped(String caseId, String reason) {
}
