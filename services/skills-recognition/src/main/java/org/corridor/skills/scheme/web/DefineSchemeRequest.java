package org.corridor.skills.scheme.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.skills.scheme.api.BenchmarkWage;
import org.corridor.skills.scheme.api.Occupation;
import org.corridor.skills.scheme.api.RequiredSkill;
import org.corridor.skills.scheme.api.SchemeTerms;
import org.corridor.skills.scheme.api.Track;
import org.corridor.skills.scheme.api.TrackQuota;

import java.util.List;

/**
 * What a scheme administrator sends to define a scheme, and (with a reason and a date) to amend one. Checks shape
 * only (present, well-formed: ISO 3166 countries, ISCO-08 unit groups, ISO 4217 money, skill levels 1-5, lengths);
 * the scheme's rules live in SchemeDefinitionPolicy and the Scheme aggregate.
 */
@Schema(example = """
        {"name": "Philippines-Germany care workers", "originCountry": "PH", "destinationCountry": "DE",
         "trainingStandard": "Pflegefachassistenz, German B1",
         "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                          "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                          "requiredSkills": [{"skillCode": "CARE-01", "label": "Basic care", "level": 3}]}],
         "quotas": [{"track": "AWAY", "places": 120, "intakeYear": 2027}, {"track": "HOME", "places": 80, "intakeYear": 2027}],
         "benchmarkWages": [{"iscoCode": "5321", "region": "DE-BY", "monthlyWage": {"amount": "2900.00", "currency": "EUR"}}]}""")
record DefineSchemeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CountryCode originCountry,
        @NotNull CountryCode destinationCountry,
        @NotBlank @Size(max = 500) String trainingStandard,
        @NotNull @Size(max = 100) List<@Valid @NotNull OccupationRequest> occupations,
        @NotNull @Size(max = 100) List<@Valid @NotNull QuotaRequest> quotas,
        @Size(max = 1000) List<@Valid @NotNull BenchmarkRequest> benchmarkWages) {

    record OccupationRequest(@NotNull OccupationCode iscoCode, @NotBlank @Size(max = 200) String title,
                             @NotNull Money monthlyWageFloor,
                             @Size(max = 200) List<@Valid @NotNull SkillRequest> requiredSkills) {
    }

    record SkillRequest(@NotBlank @Size(max = 64) String skillCode, @NotBlank @Size(max = 200) String label,
                        @NotNull @Min(1) @Max(5) Integer level) {
    }

    record QuotaRequest(@NotNull Track track, @NotNull Integer places, @Min(2000) @Max(2100) Integer intakeYear) {
    }

    record BenchmarkRequest(@NotNull OccupationCode iscoCode, @NotBlank @Size(max = 100) String region,
                            @NotNull Money monthlyWage) {
    }

    SchemeTerms terms() {
        return new SchemeTerms(name, originCountry, destinationCountry, trainingStandard,
                occupations.stream().map(o -> new Occupation(o.iscoCode(), o.title(), o.monthlyWageFloor(),
                        o.requiredSkills() == null ? List.of() : o.requiredSkills().stream()
                                .map(s -> new RequiredSkill(s.skillCode(), s.label(), s.level())).toList())).toList(),
                quotas.stream().map(q -> new TrackQuota(q.track(), q.places(), q.intakeYear())).toList(),
                benchmarkWages == null ? List.of() : benchmarkWages.stream()
                        .map(b -> new BenchmarkWage(b.iscoCode(), b.region(), b.monthlyWage())).toList());
    }
}
