package org.corridor.returns.returncase.api;

import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to a skills certification, and the outcome it gives the measure that asked.
 *
 * @param outcome CERTIFIED, PARTIALLY_CERTIFIED or NOT_CERTIFIED, as skills-recognition decided
 */
public record CertificationOutcomeRecorded(String returnCaseId, PersonId returnee, String measureId,
                                           String outcome, List<Skill> certifiedSkills, List<String> reasons,
                                           LocalDate decidedOn, MeasureOutcome measureOutcome) {
}
