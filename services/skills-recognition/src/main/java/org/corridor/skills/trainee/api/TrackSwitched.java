package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;

public record TrackSwitched(PersonId personId, SchemeId schemeId, Track from, Track to) {
}
