package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;
import org.corridor.skills.access.Acting;

/** Opens a case to recognise a trainee's qualification against the standard of the scheme's destination. */
public record OpenRecognitionCase(@TargetAggregateIdentifier String caseId, PersonId personId, SchemeId schemeId,
                                  CountryCode destinationCountry, OccupationCode occupation, Certificate certificate,
                                  Acting acting) {
}
