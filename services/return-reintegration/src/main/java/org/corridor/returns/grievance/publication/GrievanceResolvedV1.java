package org.corridor.returns.grievance.publication;

import org.corridor.returns.grievance.api.GrievanceResolved;

/** Public contract {@code return-reintegration.grievance-resolved.v1}: lifts the suspension. Names no worker. */
record GrievanceResolvedV1(String grievanceId, String employerId, String resolution, String resolvedOn) {

    static final String TYPE = "return-reintegration.grievance-resolved.v1";

    static GrievanceResolvedV1 from(GrievanceResolved event) {
        return new GrievanceResolvedV1(event.grievanceId(), event.respondent().respondentId(), event.resolution(),
                event.resolvedOn().toString());
    }
}
