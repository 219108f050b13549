package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

/** Asks the trainee's record whether the person consents to a purpose (and the caller may act for them); refused if not. */
public record RequireConsent(@TargetAggregateIdentifier PersonId personId, ConsentPurpose purpose, Acting acting) {
}
