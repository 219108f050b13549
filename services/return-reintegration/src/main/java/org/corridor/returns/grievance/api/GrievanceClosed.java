package org.corridor.returns.grievance.api;

import java.time.LocalDate;

public record GrievanceClosed(String grievanceId, String outcome, LocalDate closedOn) {
}
