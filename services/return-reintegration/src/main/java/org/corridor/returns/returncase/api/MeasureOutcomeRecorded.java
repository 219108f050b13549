package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

public record MeasureOutcomeRecorded(String returnCaseId, @DataSubject PersonId returnee, String measureId,
                                     MeasureType type, MeasureOutcome outcome, @PersonalData String note,
                                     LocalDate recordedOn) {
}
