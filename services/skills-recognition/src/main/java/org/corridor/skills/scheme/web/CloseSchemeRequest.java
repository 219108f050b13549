package org.corridor.skills.scheme.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** When and why a scheme closes. Shape only. */
record CloseSchemeRequest(@NotNull LocalDate closedOn, @NotBlank @Size(max = 500) String reason) {
}
