package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record TraineeRecognised(PersonId personId, SchemeId schemeId, String caseId, RecognitionStatus status) {
}
