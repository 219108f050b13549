package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

/** Employer-matching agreed a placement for the person: from now on their track no longer changes. */
public record RecordPlacement(@TargetAggregateIdentifier PersonId personId, String placementId, String employerId) {
}
