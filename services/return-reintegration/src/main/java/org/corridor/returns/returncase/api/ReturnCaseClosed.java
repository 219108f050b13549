package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

public record ReturnCaseClosed(String returnCaseId, @DataSubject PersonId returnee, CaseOutcome outcome,
                               @PersonalData String note, LocalDate closedOn) {
}
