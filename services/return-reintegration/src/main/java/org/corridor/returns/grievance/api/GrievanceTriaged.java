package org.corridor.returns.grievance.api;

public record GrievanceTriaged(String grievanceId, String counsellorId, Priority priority, String note) {
}
