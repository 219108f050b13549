package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record TraineeErased(PersonId personId, SchemeId schemeId) {
}
