package org.corridor.permits.application.adapter;

import java.time.LocalDate;

/**
 * This service's own copy of {@code employer-matching.placement-agreed.v1}: only the fields it uses. Unknown fields
 * are ignored, so the publisher may add fields without breaking this consumer.
 */
record PlacementAgreedV1(String placementId, String personId, String schemeId, String employerId, String jobOrderId,
                         String iscoCode, String originCountry, String destinationCountry, LocalDate startDate,
                         int contractMonths) {

    static final String TYPE = "employer-matching.placement-agreed.v1";
}
