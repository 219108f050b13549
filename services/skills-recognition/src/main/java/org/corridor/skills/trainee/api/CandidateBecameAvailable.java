package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

import java.time.LocalDate;
import java.util.List;

/**
 * A recognised away-track trainee who consents to placement is a candidate for employers. Holds no personal
 * details: what employer-matching needs to rank them, and no more.
 */
public record CandidateBecameAvailable(PersonId personId, SchemeId schemeId, OccupationCode occupation,
                                       List<AssessedSkill> skills, List<LanguageSkill> languages,
                                       RecognitionStatus recognition, LocalDate availableFrom,
                                       CountryCode originCountry, CountryCode destinationCountry) {
}
