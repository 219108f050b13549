package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/** @param reached whether the returnee was reached; the findings are sealed with their key */
public record FollowUpRecorded(String returnCaseId, @DataSubject PersonId returnee, FollowUp followUp,
                               boolean reached, @PersonalData String findings, LocalDate recordedOn) {
}
