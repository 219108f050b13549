package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

import java.time.LocalDate;

/** A training provider records a module the trainee completed. */
public record RecordModule(@TargetAggregateIdentifier PersonId personId, String moduleCode, String title,
                           LocalDate completedOn, Acting acting) {
}
