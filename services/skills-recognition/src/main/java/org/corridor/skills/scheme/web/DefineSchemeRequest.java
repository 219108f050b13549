package org.corridor.skills.scheme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.skills.scheme.api.Track;

import java.util.List;

/**
 * What a scheme administrator sends to define a scheme. Checks shape only (present, well-formed: ISO 3166
 * countries, ISCO-08 unit groups, ISO 4217 money, lengths); the scheme's rules live in SchemeDefinitionPolicy.
 */
record DefineSchemeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CountryCode originCountry,
        @NotNull CountryCode destinationCountry,
        @NotBlank @Size(max = 500) String trainingStandard,
        @NotNull @Size(max = 100) List<@Valid @NotNull OccupationRequest> occupations,
        @NotNull @Size(max = 100) List<@Valid @NotNull QuotaRequest> quotas) {

    record OccupationRequest(@NotNull OccupationCode iscoCode, @NotBlank @Size(max = 200) String title,
                             @NotNull Money monthlyWageFloor) {
    }

    record QuotaRequest(@NotNull Track track, @NotNull Integer places) {
    }
}
