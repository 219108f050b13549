package org.corridor.matching.joborder.api;

import org.corridor.kernel.types.CefrLevel;
import org.corridor.kernel.types.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What an employer offers and asks for. Hours, duration, location and housing may be missing from a request: a
 * fair-recruitment rule refuses the order then, and the refusal is recorded with its reasons.
 *
 * @param recruitmentCosts every cost of recruiting (agency fee, visa, travel, medical check...) and who pays it
 */
public record JobOrderTerms(String schemeId, String iscoCode, int positions, List<RequiredSkill> requiredSkills,
                            LanguageRequirement language, Money monthlyWage, BigDecimal hoursPerWeek,
                            Integer contractMonths, WorkLocation location, HousingTerms housing,
                            List<RecruitmentCost> recruitmentCosts, LocalDate startDate) {

    public JobOrderTerms {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
        recruitmentCosts = recruitmentCosts == null ? List.of() : List.copyOf(recruitmentCosts);
    }

    /** The intake year of the scheme's quota this order counts against: the year it starts. */
    public int intakeYear() {
        return startDate.getYear();
    }

    public record RequiredSkill(String skillCode, int level) {
    }

    public record LanguageRequirement(String language, CefrLevel level) {
    }

    public record WorkLocation(String city, String region) {
    }

    /** Housing: whether the employer provides it, what it is, and what the worker pays for it each month. */
    public record HousingTerms(boolean provided, String description, Money monthlyCostToWorker) {
    }

    public record RecruitmentCost(String item, Money amount, PaidBy paidBy) {
    }
}
