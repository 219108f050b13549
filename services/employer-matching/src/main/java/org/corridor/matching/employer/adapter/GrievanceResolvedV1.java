package org.corridor.matching.employer.adapter;

import java.time.LocalDate;

/** Employer-matching's copy of {@code return-reintegration.grievance-resolved.v1}: the fields it uses. */
record GrievanceResolvedV1(String grievanceId, String employerId, String resolution, LocalDate resolvedOn) {

    static final String TYPE = "return-reintegration.grievance-resolved.v1";
}
