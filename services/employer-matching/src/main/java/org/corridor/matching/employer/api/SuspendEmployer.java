package org.corridor.matching.employer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** A grievance against the employer was substantiated: it may open no job orders until that grievance is resolved. */
public record SuspendEmployer(@TargetAggregateIdentifier String employerId, String grievanceId, String kind,
                              LocalDate substantiatedOn) {
}
