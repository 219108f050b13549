package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record PlaceReleased(SchemeId schemeId, PersonId personId, Track track, String reason) {
}
