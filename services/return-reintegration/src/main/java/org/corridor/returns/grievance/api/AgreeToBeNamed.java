package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

/** The worker of an anonymous grievance agrees that the employer may learn who filed it. */
public record AgreeToBeNamed(@TargetAggregateIdentifier String grievanceId, PersonId worker) {
}
