package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

import java.time.LocalDate;

/** A training provider records a skill assessment: skill, level 1-5, assessor, date and evidence reference. */
public record RecordAssessment(@TargetAggregateIdentifier PersonId personId, String skillCode, int level,
                               String assessor, LocalDate assessedOn, String evidenceReference, Acting acting) {
}
