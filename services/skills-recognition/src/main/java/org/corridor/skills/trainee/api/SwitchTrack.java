package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;
import org.corridor.skills.scheme.api.Track;

/** A trainee chooses the other track; allowed until they are placed with an employer. */
public record SwitchTrack(@TargetAggregateIdentifier PersonId personId, Track track, Acting acting) {
}
