package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;
import java.util.List;

/** The investigation found the grievance true; the employer is suspended until it is resolved. */
public record SubstantiateGrievance(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                                    List<String> reasons, LocalDate substantiatedOn) {
}
