package org.corridor.matching.joborder.api;

/**
 * A job order holds {@code positions} of the scheme's away-track places for the intake year (replacing what it held
 * before). {@code quotaPlaces} is the quota the reservation was checked against.
 */
public record SchemePlacesReserved(String quotaId, String schemeId, int intakeYear, String jobOrderId, int positions,
                                   int quotaPlaces) {
}
