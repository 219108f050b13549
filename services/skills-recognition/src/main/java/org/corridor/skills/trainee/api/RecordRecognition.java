package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

/** The recognition of the trainee's qualification was decided or changed. */
public record RecordRecognition(@TargetAggregateIdentifier PersonId personId, String caseId, RecognitionStatus status) {
}
