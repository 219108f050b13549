package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.SchemeId;

import java.time.LocalDate;

public record SchemeClosed(SchemeId schemeId, LocalDate closedOn, String reason) {
}
