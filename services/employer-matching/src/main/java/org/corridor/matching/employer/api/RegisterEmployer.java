package org.corridor.matching.employer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

/** An employer organisation registers itself; its id is the organisation id its access tokens carry. */
public record RegisterEmployer(@TargetAggregateIdentifier String employerId, String legalName,
                               String registrationNumber, CountryCode country, String sector,
                               EmployerContact contact) {
}
