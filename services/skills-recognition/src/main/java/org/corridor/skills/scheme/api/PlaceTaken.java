package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record PlaceTaken(SchemeId schemeId, PersonId personId, Track track, Integer intakeYear) {
}
