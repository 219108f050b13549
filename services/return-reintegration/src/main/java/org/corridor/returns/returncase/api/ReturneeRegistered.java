package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/**
 * The returnee registered their return on the case a permit's end had opened for them: no second case opens, and
 * what they said is recorded on this one. The self-declared gender is sealed with their key.
 *
 * @param returnedOn the day they say they arrived (the case keeps counting its follow-ups from the permit's end)
 */
public record ReturneeRegistered(String returnCaseId, @DataSubject PersonId returnee, LocalDate returnedOn,
                                 CountryCode destinationCountry, String schemeId, @PersonalData Gender gender,
                                 LocalDate registeredOn) {
}
