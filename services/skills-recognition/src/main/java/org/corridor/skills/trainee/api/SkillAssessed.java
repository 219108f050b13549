package org.corridor.skills.trainee.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/** The evidence reference points at a document about the person: sealed with their key. */
public record SkillAssessed(@DataSubject PersonId personId, String skillCode, int level, String assessor,
                            LocalDate assessedOn, @PersonalData String evidenceReference, String provider) {
}
