package org.corridor.permits.application.adapter;

import java.time.LocalDate;

/** This service's own copy of {@code employer-matching.employer-changed.v1}: only the fields it uses. */
record EmployerChangedV1(String placementId, String personId, String previousEmployerId, String newEmployerId,
                         String newJobOrderId, LocalDate effectiveFrom) {

    static final String TYPE = "employer-matching.employer-changed.v1";
}
