package org.corridor.returns.grievance.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.returns.grievance.api.GrievanceKind;
import org.corridor.returns.grievance.api.RespondentKind;

import java.time.LocalDate;
import java.util.List;

/** What a worker sends to file a grievance. */
@Schema(example = """
        {"respondent": {"kind": "EMPLOYER", "respondentId": "emp-3c9a1f20"}, "homeCountry": "PH",
         "countryOfWork": "DE", "schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00", "kind": "UNPAID_WAGES",
         "period": {"from": "2027-10-01", "to": "2027-12-31"},
         "amountClaimed": {"amount": "7200.00", "currency": "EUR"},
         "evidenceReferences": ["payslips:ev-1f2e3d"], "answerLanguage": "tl",
         "anonymousTowardsEmployer": true,
         "account": "No wages paid for October, November and December."}""")
record FileGrievanceRequest(
        @NotNull @Valid RespondentRequest respondent,
        @NotNull CountryCode homeCountry,
        CountryCode countryOfWork,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String schemeId,
        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String placementId,
        @NotNull GrievanceKind kind,
        @NotNull @Valid PeriodRequest period,
        Money amountClaimed,
        @Size(max = 50) List<@NotBlank @Size(max = 500) String> evidenceReferences,
        @NotBlank @Pattern(regexp = "[a-z]{2}") String answerLanguage,
        @NotNull Boolean anonymousTowardsEmployer,
        @NotBlank @Size(max = 10000) String account) {

    record RespondentRequest(@NotNull RespondentKind kind,
                             @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
                             String respondentId) {
    }

    record PeriodRequest(@NotNull LocalDate from, @NotNull LocalDate to) {
    }
}
