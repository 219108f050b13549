package org.corridor.returns.grievance.web;

import org.corridor.returns.grievance.query.GrievanceView;

import java.time.LocalDate;

/**
 * A grievance as the employer it is against sees it: what it is about and where it stands. The account and evidence
 * are never shown. While the worker stays anonymous the employer sees neither the worker nor the period and amount,
 * which would point at one worker's payroll; once the worker agrees to be named, all three are shown.
 */
record EmployerGrievanceView(String grievanceId, String kind, String status, LocalDate periodFrom,
                             LocalDate periodTo, String amountClaimed, String currency, LocalDate filedOn,
                             String workerId) {

    static EmployerGrievanceView of(GrievanceView view) {
        if (view.anonymousTowardsEmployer()) {
            return new EmployerGrievanceView(view.grievanceId(), view.kind(), view.status(), null, null, null, null,
                    view.filedOn(), null);
        }
        return new EmployerGrievanceView(view.grievanceId(), view.kind(), view.status(), view.periodFrom(),
                view.periodTo(), view.amountClaimed(), view.currency(), view.filedOn(), view.workerId());
    }
}
