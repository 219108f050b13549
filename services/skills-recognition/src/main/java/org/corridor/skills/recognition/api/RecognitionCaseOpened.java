package org.corridor.skills.recognition.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

public record RecognitionCaseOpened(String caseId, @DataSubject PersonId personId, SchemeId schemeId,
                                    CountryCode destinationCountry, OccupationCode occupation,
                                    @PersonalData Certificate certificate) {
}
