package org.corridor.matching.allocation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** The job orders a candidate would accept, best first. */
record PreferencesRequest(@NotNull @Size(max = 50) List<@NotBlank @Size(max = 64) String> jobOrderIds) {
}
