package org.corridor.returns.grievance.api;

import java.time.LocalDate;

public record InvestigationStarted(String grievanceId, String plan, LocalDate startedOn) {
}
