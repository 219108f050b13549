package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/**
 * A return case opened. The returnee's self-declared gender is sealed with their key.
 *
 * @param originCountry the country returned to, whose counsellors run the case
 */
public record ReturnCaseOpened(String returnCaseId, @DataSubject PersonId returnee, OpenedBy openedBy,
                               CountryCode originCountry, CountryCode destinationCountry, String schemeId,
                               String applicationId, String employerId, String endReason, LocalDate returnedOn,
                               @PersonalData Gender gender) {
}
