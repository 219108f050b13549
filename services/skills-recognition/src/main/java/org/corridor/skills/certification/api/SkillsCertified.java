package org.corridor.skills.certification.api;

import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/** The answer to a certification request, with the reasons for every skill not certified (also when none is). */
public record SkillsCertified(String requestId, PersonId personId, String returnCaseId, CertificationOutcome outcome,
                              List<StandardSkill> certified, List<String> reasons, LocalDate decidedOn) {
}
