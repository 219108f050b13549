package org.corridor.skills.trainee.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;

import java.util.List;

/**
 * A person enrolled. Their personal details are sealed with their own key in the event store and read back as
 * null once they are erased.
 */
public record TraineeEnrolled(@DataSubject PersonId personId, SchemeId schemeId, String enrollingOrganisation,
                              CountryCode originCountry, @PersonalData PersonalDetails details,
                              List<LanguageSkill> languages, Track track, Integer intakeYear,
                              OccupationCode occupation, String trainingProvider, Consent consent,
                              CountryCode destinationCountry) {
}
