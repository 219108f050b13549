package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.scheme.api.Track;

import java.util.List;

/**
 * An origin agency enrols a person in a scheme whose origin is its country, and gives them the first code to activate
 * their own account.
 */
public record EnrolTrainee(@TargetAggregateIdentifier PersonId personId, SchemeId schemeId,
                           String enrollingOrganisation, CountryCode agencyCountry, PersonalDetails details,
                           List<LanguageSkill> languages, Track track, Integer intakeYear, OccupationCode occupation,
                           String trainingProvider, Consent consent, Activation activation) {

    public EnrolTrainee {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }
}
