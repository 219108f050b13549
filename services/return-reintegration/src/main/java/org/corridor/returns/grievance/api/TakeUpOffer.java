package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

/** The worker filed the grievance they were offered. */
public record TakeUpOffer(@TargetAggregateIdentifier String offerId, PersonId worker, String grievanceId) {
}
