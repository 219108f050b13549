package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/** Visa-permit-tracking reported that a worker's permit ended: a return case opens for them. */
public record OpenReturnCaseOnPermitEnd(@TargetAggregateIdentifier String returnCaseId, PersonId returnee,
                                        String applicationId, String schemeId, String employerId,
                                        CountryCode originCountry, CountryCode destinationCountry, String endReason,
                                        LocalDate endedOn) {
}
