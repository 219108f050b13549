package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/**
 * Visa-permit-tracking reported the end of a permit of a returnee who already has an open return case (one they
 * registered themselves): the permit's end is recorded on that case instead of opening a second one.
 */
public record PermitEndRecorded(String returnCaseId, @DataSubject PersonId returnee, String applicationId,
                                String schemeId, String employerId, CountryCode destinationCountry,
                                String endReason, LocalDate endedOn) {
}
