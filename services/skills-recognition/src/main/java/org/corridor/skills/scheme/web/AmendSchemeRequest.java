package org.corridor.skills.scheme.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The full terms after the amendment, why, and from when. Shape only. */
record AmendSchemeRequest(@NotNull @Valid DefineSchemeRequest terms, @NotBlank @Size(max = 500) String reason,
                          @NotNull LocalDate effectiveFrom) {
}
