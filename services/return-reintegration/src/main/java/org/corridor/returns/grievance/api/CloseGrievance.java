package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

/** The counsellor closes a dismissed or resolved grievance. */
public record CloseGrievance(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                             String outcome, LocalDate closedOn) {
}
