package org.corridor.matching.joborder.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.PaidBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A job order as an employer sends it. Shape only: hours, duration, location and housing may be left out, and the
 * fair-recruitment rules then refuse the order with a recorded reason.
 */
record JobOrderRequest(
        @NotBlank @Size(max = 64) String schemeId,
        @NotNull OccupationCode iscoCode,
        @NotNull @Positive @Max(10_000) Integer positions,
        @Size(max = 50) List<@Valid @NotNull SkillRequest> requiredSkills,
        @Valid LanguageRequest language,
        @NotNull Money monthlyWage,
        @Positive @Max(80) BigDecimal hoursPerWeek,
        @Positive @Max(120) Integer contractMonths,
        @Valid LocationRequest location,
        @Valid HousingRequest housing,
        @Size(max = 50) List<@Valid @NotNull CostRequest> recruitmentCosts,
        @NotNull LocalDate startDate) {

    record SkillRequest(@NotBlank @Size(max = 64) String skillCode, @NotNull @Min(1) @Max(5) Integer level) {
    }

    record LanguageRequest(@NotNull @Pattern(regexp = "[a-z]{2}") String language, @NotNull CefrLevel level) {
    }

    record LocationRequest(@Size(max = 200) String city, @Size(max = 100) String region) {
    }

    record HousingRequest(@NotNull Boolean provided, @Size(max = 2000) String description,
                          Money monthlyCostToWorker) {
    }

    record CostRequest(@NotBlank @Size(max = 200) String item, @NotNull Money amount, @NotNull PaidBy paidBy) {
    }

    JobOrderTerms terms() {
        return new JobOrderTerms(schemeId.strip(), iscoCode.value(), positions,
                requiredSkills == null ? List.of() : requiredSkills.stream()
                        .map(s -> new JobOrderTerms.RequiredSkill(s.skillCode(), s.level())).toList(),
                language == null ? null : new JobOrderTerms.LanguageRequirement(language.language(), language.level()),
                monthlyWage, hoursPerWeek, contractMonths,
                location == null ? null : new JobOrderTerms.WorkLocation(location.city(), location.region()),
                housing == null ? null : new JobOrderTerms.HousingTerms(housing.provided(), housing.description(),
                        housing.monthlyCostToWorker()),
                recruitmentCosts == null ? List.of() : recruitmentCosts.stream()
                        .map(c -> new JobOrderTerms.RecruitmentCost(c.item(), c.amount(), c.paidBy())).toList(),
                startDate);
    }
}
