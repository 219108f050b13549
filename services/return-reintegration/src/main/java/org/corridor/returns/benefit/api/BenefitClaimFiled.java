package org.corridor.returns.benefit.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;

public record BenefitClaimFiled(String claimId, @DataSubject PersonId returnee, CountryCode originCountry,
                                CountryCode destinationCountry, BenefitKind kind, LocalDate insuredFrom,
                                LocalDate insuredUntil, @PersonalData String foreignInsuranceNumber,
                                String returnCaseId, LocalDate filedOn) {
}
