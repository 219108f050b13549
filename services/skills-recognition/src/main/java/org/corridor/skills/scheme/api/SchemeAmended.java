package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.SchemeId;

import java.time.LocalDate;

/** The scheme's terms from {@code effectiveFrom} on; the terms before stay in the history. Amendments count from 1. */
public record SchemeAmended(SchemeId schemeId, int amendment, SchemeTerms terms, String reason, LocalDate effectiveFrom) {
}
