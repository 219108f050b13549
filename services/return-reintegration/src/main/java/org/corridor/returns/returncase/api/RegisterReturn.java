package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/**
 * A returnee registers their return, with or without a history on the platform.
 *
 * @param schemeId           the scheme they went abroad under, when they had one
 * @param destinationCountry where they worked, when they say
 * @param gender             self-declared, optional
 */
public record RegisterReturn(@TargetAggregateIdentifier String returnCaseId, PersonId returnee,
                             CountryCode originCountry, CountryCode destinationCountry, String schemeId,
                             LocalDate returnedOn, Gender gender, LocalDate registeredOn) {
}
