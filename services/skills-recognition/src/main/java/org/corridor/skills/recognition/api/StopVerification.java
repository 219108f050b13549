package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The person withdrew consent to recognition: the certificate is no longer sent to the authority. */
public record StopVerification(@TargetAggregateIdentifier String caseId, String reason) {
}
