package org.corridor.returns.grievance.publication;

import org.corridor.returns.grievance.api.GrievanceSubstantiated;

/** Public contract {@code return-reintegration.grievance-substantiated.v1}. Names no worker. */
record GrievanceSubstantiatedV1(String grievanceId, String employerId, String schemeId, String kind,
                                String substantiatedOn) {

    static final String TYPE = "return-reintegration.grievance-substantiated.v1";

    static GrievanceSubstantiatedV1 from(GrievanceSubstantiated event) {
        return new GrievanceSubstantiatedV1(event.grievanceId(), event.respondent().respondentId(), event.schemeId(),
                event.kind().name(), event.substantiatedOn().toString());
    }
}
