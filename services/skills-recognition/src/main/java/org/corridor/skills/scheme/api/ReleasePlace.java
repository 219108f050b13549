package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

/** A person leaves the scheme (consent withdrawn, erased): their place goes back to the quota. */
public record ReleasePlace(@TargetAggregateIdentifier SchemeId schemeId, PersonId personId, String reason) {
}
