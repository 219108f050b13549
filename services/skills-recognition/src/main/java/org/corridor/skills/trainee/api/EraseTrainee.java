package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

/** A person's request to be forgotten: their key is destroyed, their place released, their identity index removed. */
public record EraseTrainee(@TargetAggregateIdentifier PersonId personId, Acting acting) {
}
