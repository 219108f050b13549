package org.corridor.returns.grievance.api;

import java.time.LocalDate;
import java.util.List;

public record GrievanceDismissed(String grievanceId, List<String> reasons, LocalDate dismissedOn) {
}
