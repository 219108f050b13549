package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;
import java.util.List;

/** The investigation did not bear the grievance out; the worker is told why. */
public record DismissGrievance(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                               List<String> reasons, LocalDate dismissedOn) {
}
