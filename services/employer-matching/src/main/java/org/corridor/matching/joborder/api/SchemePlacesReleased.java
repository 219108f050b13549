package org.corridor.matching.joborder.api;

/** A job order gives its places back to the scheme's quota: it was closed, or moved to another scheme or year. */
public record SchemePlacesReleased(String quotaId, String schemeId, int intakeYear, String jobOrderId,
                                   int positions) {
}
