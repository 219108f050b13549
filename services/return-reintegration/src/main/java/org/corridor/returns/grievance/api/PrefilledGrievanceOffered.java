package org.corridor.returns.grievance.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/** The worse terms (wages, hours, housing of one worker) are sealed with the worker's key. */
public record PrefilledGrievanceOffered(String offerId, @DataSubject PersonId worker, String placementId,
                                        String employerId, String schemeId, @PersonalData List<WorseTerm> worseTerms,
                                        LocalDate detectedOn) {
}
