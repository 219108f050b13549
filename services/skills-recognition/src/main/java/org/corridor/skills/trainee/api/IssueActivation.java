package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

/** The enrolling agency gives the person a new activation code (the letter with the first one was lost). */
public record IssueActivation(@TargetAggregateIdentifier PersonId personId, Activation activation, Acting acting) {
}
