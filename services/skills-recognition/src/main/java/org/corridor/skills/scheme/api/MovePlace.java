package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

/** A trainee switches track: their place moves to the other track's quota, if it has room. */
public record MovePlace(@TargetAggregateIdentifier SchemeId schemeId, PersonId personId, Track track) {
}
