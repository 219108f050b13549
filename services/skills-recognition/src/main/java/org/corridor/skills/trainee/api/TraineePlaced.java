package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record TraineePlaced(PersonId personId, SchemeId schemeId, String placementId, String employerId) {
}
