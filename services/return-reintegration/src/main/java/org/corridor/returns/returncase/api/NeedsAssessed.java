package org.corridor.returns.returncase.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/** The needs, health and family among them, are sealed with the returnee's key. */
public record NeedsAssessed(String returnCaseId, @DataSubject PersonId returnee, @PersonalData List<Need> needs,
                            LocalDate assessedOn) {
}
