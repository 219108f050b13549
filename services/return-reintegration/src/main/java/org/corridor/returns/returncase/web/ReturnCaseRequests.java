package org.corridor.returns.returncase.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.returns.returncase.api.CaseOutcome;
import org.corridor.returns.returncase.api.Gender;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.NeedArea;
import org.corridor.returns.returncase.api.NeedLevel;

import java.time.LocalDate;
import java.util.List;

/** What returnees and counsellors send about a return case. Shape only; the rules are the case's. */
final class ReturnCaseRequests {

    private ReturnCaseRequests() {
    }

    @Schema(example = """
            {"originCountry": "PH", "destinationCountry": "DE", "schemeId": "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00",
             "returnedOn": "2029-08-20", "gender": "FEMALE"}""")
    record Registration(@NotNull CountryCode originCountry, CountryCode destinationCountry,
                        @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") String schemeId,
                        @NotNull LocalDate returnedOn, Gender gender) {
    }

    @Schema(example = """
            {"needs": [{"area": "EMPLOYMENT", "level": "URGENT", "note": "No work since return"},
                       {"area": "SKILLS_TO_CERTIFY", "level": "SOME", "note": "Two years of elder care in Hamburg"}]}""")
    record Assessment(@NotEmpty @Size(max = 6) List<@Valid @NotNull NeedRequest> needs) {
    }

    record NeedRequest(@NotNull NeedArea area, @NotNull NeedLevel level, @Size(max = 2000) String note) {
    }

    @Schema(example = """
            {"type": "SKILLS_CERTIFICATION", "description": "Certify elder care skills gained in Germany",
             "owner": "counsellor-ph-1", "dueOn": "2029-11-30",
             "certification": {"iscoCode": "5321", "countryOfWork": "DE",
                               "skills": [{"skillCode": "care.basic-nursing", "label": "Basic nursing care", "level": 4}],
                               "evidenceReferences": ["employer-reference:ev-1f2e3d"]}}""")
    record Measure(@NotNull MeasureType type, @NotBlank @Size(max = 2000) String description,
                   @NotBlank @Size(max = 200) String owner, @NotNull LocalDate dueOn, Money grant,
                   @Valid CertificationRequest certification) {
    }

    record CertificationRequest(OccupationCode iscoCode, @NotNull CountryCode countryOfWork,
                                @NotEmpty @Size(max = 50) List<@Valid @NotNull SkillRequest> skills,
                                @Size(max = 20) List<@NotBlank @Size(max = 500) String> evidenceReferences) {
    }

    record SkillRequest(@Size(max = 64) String skillCode, @NotBlank @Size(max = 200) String label,
                        @Min(1) @Max(5) Integer level) {
    }

    @Schema(example = "{\"outcome\": \"COMPLETED\", \"note\": \"Hired by a care home in Quezon City\"}")
    record Outcome(@NotNull MeasureOutcome outcome, @Size(max = 2000) String note) {
    }

    @Schema(example = "{\"reached\": true, \"findings\": \"Working at the care home, income stable\"}")
    record FollowUpFindings(@NotNull Boolean reached, @Size(max = 2000) String findings) {
    }

    @Schema(example = "{\"outcome\": \"REINTEGRATED\", \"note\": \"Employed and housed a year after return\"}")
    record Closure(@NotNull CaseOutcome outcome, @Size(max = 2000) String note) {
    }
}
