package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

/** The description may say much about the returnee, so it is sealed; the type, owner and dates are not. */
public record MeasurePlanned(String returnCaseId, @DataSubject PersonId returnee, String measureId, MeasureType type,
                             @PersonalData String description, String owner, LocalDate dueOn, Money grant,
                             Certification certification, String schemeId) {
}
