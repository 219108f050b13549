package org.corridor.returns.grievance.api;

import java.time.LocalDate;

public record GrievanceResolved(String grievanceId, Respondent respondent, String resolution, LocalDate resolvedOn) {
}
