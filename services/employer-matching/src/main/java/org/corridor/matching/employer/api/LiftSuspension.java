package org.corridor.matching.employer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The grievance that suspended the employer was resolved. */
public record LiftSuspension(@TargetAggregateIdentifier String employerId, String grievanceId, String resolution,
                             LocalDate resolvedOn) {
}
