package org.corridor.returns.benefit.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/**
 * A returnee claims the transfer of what they earned abroad.
 *
 * @param destinationCountry    the country whose social-security system holds the rights
 * @param foreignInsuranceNumber the returnee's number in that system (personal data)
 */
public record FileBenefitClaim(@TargetAggregateIdentifier String claimId, PersonId returnee,
                               CountryCode originCountry, CountryCode destinationCountry, BenefitKind kind,
                               LocalDate insuredFrom, LocalDate insuredUntil, String foreignInsuranceNumber,
                               String returnCaseId, LocalDate filedOn) {
}
