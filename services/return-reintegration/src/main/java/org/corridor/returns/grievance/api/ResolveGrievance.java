package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

/** The employer put right what was substantiated; lifts the suspension. */
public record ResolveGrievance(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                               String resolution, LocalDate resolvedOn) {
}
