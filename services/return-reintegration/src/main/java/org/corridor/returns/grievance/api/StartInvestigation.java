package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

/** The counsellor starts investigating a triaged grievance (contacting the employer, labour inspection, ...). */
public record StartInvestigation(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                                 String plan, LocalDate startedOn) {
}
