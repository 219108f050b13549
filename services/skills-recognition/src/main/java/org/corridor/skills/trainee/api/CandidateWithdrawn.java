package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

/** The person is no longer a candidate: consent withdrawn, track changed, placed, erased. */
public record CandidateWithdrawn(PersonId personId, SchemeId schemeId, Reason reason) {

    public enum Reason {
        CONSENT_WITHDRAWN, TRACK_CHANGED, PLACED, ERASED, OTHER
    }
}
