package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record PlaceMoved(SchemeId schemeId, PersonId personId, Track from, Track to) {
}
