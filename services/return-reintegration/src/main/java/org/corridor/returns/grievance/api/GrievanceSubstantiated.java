package org.corridor.returns.grievance.api;

import java.time.LocalDate;
import java.util.List;

/** Carries the respondent and the kind so the public event needs nothing else (and names no worker). */
public record GrievanceSubstantiated(String grievanceId, Respondent respondent, String schemeId, GrievanceKind kind,
                                     List<String> reasons, LocalDate substantiatedOn) {
}
