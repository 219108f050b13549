package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

import java.util.Set;

/** Consent withdrawn for {@code purposes}; {@code remaining} is what the person still consents to. */
public record ConsentWithdrawn(PersonId personId, SchemeId schemeId, Set<ConsentPurpose> purposes,
                               Set<ConsentPurpose> remaining) {
}
