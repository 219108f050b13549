package org.corridor.matching.joborder.command;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.matching.common.NotNow;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.api.ChangeJobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderAmended;
import org.corridor.matching.joborder.api.JobOrderAmendmentRefused;
import org.corridor.matching.joborder.api.JobOrderOpened;
import org.corridor.matching.joborder.api.JobOrderRefused;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderStatusChanged;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.api.RuleBreach;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A job order: an employer's request for workers in one occupation under one scheme. Opened only when every
 * fair-recruitment rule holds; a refused request is kept, with its reasons, and may be amended until it holds.
 */
@Aggregate
class JobOrder {

    private static final Map<JobOrderStatus, Set<JobOrderStatus>> MOVES = Map.of(
            JobOrderStatus.OPEN, Set.of(JobOrderStatus.PAUSED, JobOrderStatus.FILLED, JobOrderStatus.CLOSED),
            JobOrderStatus.PAUSED, Set.of(JobOrderStatus.OPEN, JobOrderStatus.CLOSED),
            JobOrderStatus.FILLED, Set.of(JobOrderStatus.OPEN, JobOrderStatus.CLOSED),
            JobOrderStatus.REFUSED, Set.of(JobOrderStatus.CLOSED),
            JobOrderStatus.CLOSED, Set.of());

    @AggregateIdentifier
    private String jobOrderId;
    private String employerId;
    private JobOrderTerms terms;
    private JobOrderStatus status;

    JobOrder() {
        // for Axon
    }

    JobOrder(String jobOrderId, String employerId, JobOrderTerms terms, List<RuleBreach> breaches) {
        if (breaches.isEmpty()) {
            apply(new JobOrderOpened(jobOrderId, employerId, terms));
        } else {
            apply(new JobOrderRefused(jobOrderId, employerId, terms, breaches));
        }
    }

    /** Checks that the caller's organisation owns this order; another employer learns nothing of it. */
    void requireOwner(String callerEmployerId) {
        if (!employerId.equals(callerEmployerId)) {
            throw new UnknownToCaller("job order", jobOrderId);
        }
    }

    void requireAmendable() {
        if (status == JobOrderStatus.CLOSED || status == JobOrderStatus.FILLED) {
            throw new NotNow("status", "Job order " + jobOrderId + " is " + status
                    + "; open a new job order instead of amending this one.");
        }
    }

    String schemeId() {
        return terms.schemeId();
    }

    /** The positions this order holds of its scheme's quota now (none while refused or closed). */
    int positionsHeld() {
        return status == JobOrderStatus.REFUSED || status == JobOrderStatus.CLOSED ? 0 : terms.positions();
    }

    int intakeYear() {
        return terms.intakeYear();
    }

    void amend(JobOrderTerms amended, List<RuleBreach> breaches) {
        if (breaches.isEmpty()) {
            apply(new JobOrderAmended(jobOrderId, employerId, amended,
                    status == JobOrderStatus.REFUSED ? null : terms, status));
        } else {
            apply(new JobOrderAmendmentRefused(jobOrderId, employerId, amended, breaches));
        }
    }

    /** Pauses, resumes, fills or closes the order (JobOrderHandler gives a closed order's places back). */
    void changeStatus(ChangeJobOrderStatus command) {
        requireOwner(command.employerId());
        if (command.to() == status) {
            return;
        }
        if (!MOVES.get(status).contains(command.to())) {
            throw new NotNow("status", "Job order " + jobOrderId + " is " + status + " and cannot become "
                    + command.to() + (status == JobOrderStatus.REFUSED
                    ? "; amend it so that it meets every rule, then it opens." : "."));
        }
        apply(new JobOrderStatusChanged(jobOrderId, employerId, terms.schemeId(), status, command.to(),
                terms.positions(), terms.intakeYear(), command.reason()));
    }

    @EventSourcingHandler
    void on(JobOrderOpened event) {
        jobOrderId = event.jobOrderId();
        employerId = event.employerId();
        terms = event.terms();
        status = JobOrderStatus.OPEN;
    }

    @EventSourcingHandler
    void on(JobOrderRefused event) {
        jobOrderId = event.jobOrderId();
        employerId = event.employerId();
        terms = event.terms();
        status = JobOrderStatus.REFUSED;
    }

    @EventSourcingHandler
    void on(JobOrderAmended event) {
        terms = event.terms();
        if (status == JobOrderStatus.REFUSED) {
            status = JobOrderStatus.OPEN;
        }
    }

    @EventSourcingHandler
    void on(JobOrderStatusChanged event) {
        status = event.to();
    }
}
