package org.corridor.matching.employer.api;

import java.time.LocalDate;

/** The employer is suspended by a substantiated grievance; {@code reason} is what the employer is shown. */
public record EmployerSuspended(String employerId, String grievanceId, String kind, String reason,
                                LocalDate substantiatedOn) {
}
