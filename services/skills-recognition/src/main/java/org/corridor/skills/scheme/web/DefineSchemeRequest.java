package org.corridor.skills.scheme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;
import org.corridor.skills.scheme.api.Track;

import java.util.List;

/** What a scheme administrator sends to define a scheme. Countries ISO 3166 alpha-2, occupations ISCO-08. */
record DefineSchemeRequest(
        @NotBlank @Size(max = 200) String name,
        @NotNull CountryCode originCountry,
        @NotNull CountryCode destinationCountry,
        @NotBlank @Size(max = 500) String trainingStandard,
        @NotEmpty @Size(max = 100) List<@Valid @NotNull OccupationRequest> occupations,
        @NotEmpty @Size(max = 2) List<@Valid @NotNull QuotaRequest> quotas) {

    record OccupationRequest(@NotNull OccupationCode iscoCode, @NotBlank @Size(max = 200) String title,
                             @NotNull Money monthlyWageFloor) {
    }

    record QuotaRequest(@NotNull Track track, @NotNull @PositiveOrZero Integer places) {
    }
}
