package org.corridor.matching.employer.adapter;

import java.time.LocalDate;

/** Employer-matching's copy of {@code return-reintegration.grievance-substantiated.v1}: the fields it uses. */
record GrievanceSubstantiatedV1(String grievanceId, String employerId, String kind, LocalDate substantiatedOn) {

    static final String TYPE = "return-reintegration.grievance-substantiated.v1";
}
