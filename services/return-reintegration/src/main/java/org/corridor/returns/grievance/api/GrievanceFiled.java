package org.corridor.returns.grievance.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/** A grievance was filed. The worker's account and evidence are sealed with the worker's key. */
public record GrievanceFiled(String grievanceId, @DataSubject PersonId worker, CountryCode homeCountry,
                             CountryCode countryOfWork, Respondent respondent, String schemeId, String placementId,
                             GrievanceKind kind,
                             Period period, Money amountClaimed, @PersonalData List<String> evidenceReferences,
                             String answerLanguage, boolean anonymousTowardsEmployer, @PersonalData String account,
                             LocalDate filedOn) {
}
