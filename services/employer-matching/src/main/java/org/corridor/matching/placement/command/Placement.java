package org.corridor.matching.placement.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.common.NotNow;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.joborder.command.EmployerRegister;
import org.corridor.matching.placement.api.Commands.AcceptOffer;
import org.corridor.matching.placement.api.Commands.ChangeEmployer;
import org.corridor.matching.placement.api.Commands.DeclineOffer;
import org.corridor.matching.placement.api.Commands.MakeOffer;
import org.corridor.matching.placement.api.Commands.RecordSignedContract;
import org.corridor.matching.placement.api.Commands.ReimburseFee;
import org.corridor.matching.placement.api.Commands.ReportFeePaid;
import org.corridor.matching.placement.api.Commands.WithdrawOffer;
import org.corridor.matching.placement.api.Commands.WithdrawOfferOfUnavailableCandidate;
import org.corridor.matching.placement.api.Events.ContractSigned;
import org.corridor.matching.placement.api.Events.ContractSubstitutionDetected;
import org.corridor.matching.placement.api.Events.EmployerChanged;
import org.corridor.matching.placement.api.Events.FeeReimbursed;
import org.corridor.matching.placement.api.Events.FeeReported;
import org.corridor.matching.placement.api.Events.OfferAccepted;
import org.corridor.matching.placement.api.Events.OfferDeclined;
import org.corridor.matching.placement.api.Events.OfferMade;
import org.corridor.matching.placement.api.Events.OfferWithdrawn;
import org.corridor.matching.placement.api.OfferTerms;
import org.corridor.matching.placement.api.WorseTerm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employer's offer to a candidate and, once the worker accepts it, the placement. The worker declines freely
 * (nothing follows from it) and may change employer later without losing the placement.
 */
@Aggregate
class Placement {

    enum Status { OFFERED, ACCEPTED, DECLINED, WITHDRAWN }

    /**
     * What the employer reads when the platform withdraws its offer: no more than that the candidate is gone, never
     * why (a withdrawal of consent or an erasure is the person's own business).
     */
    static final String CANDIDATE_UNAVAILABLE = "Withdrawn by the platform: the candidate is no longer available "
            + "for placement. Choose another candidate from the job order's shortlist.";

    @AggregateIdentifier
    private String offerId;
    private String employerId;
    private String personId;
    private OfferTerms terms;
    private Status status;
    private final Map<String, Boolean> feesReimbursed = new HashMap<>();

    Placement() {
        // for Axon
    }

    @CommandHandler
    Placement(MakeOffer command, OfferSources sources) {
        OfferSources.OpenJobOrder order = sources.openJobOrder(command.jobOrderId())
                .filter(o -> o.employerId().equals(command.employerId()))
                .orElseThrow(() -> new UnknownToCaller("open job order", command.jobOrderId()));
        if (!sources.eligibleCandidate(command.personId(), command.jobOrderId())) {
            throw new RuleViolation("personId", "Person " + command.personId() + " is not an available candidate "
                    + "for this job order's scheme and occupation; choose one from its shortlist.");
        }
        apply(new OfferMade(command.offerId(), command.jobOrderId(), command.employerId(), command.personId(),
                order.terms()));
    }

    @CommandHandler
    void handle(AcceptOffer command) {
        requireWorker(command.personId());
        requireOffered("accepted");
        apply(new OfferAccepted(offerId, jobOrderId, employerId, personId, terms, command.contact()));
    }

    @CommandHandler
    void handle(DeclineOffer command) {
        requireWorker(command.personId());
        requireOffered("declined");
        apply(new OfferDeclined(offerId, employerId, personId, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawOffer command) {
        requireEmployer(command.employerId());
        requireOffered("withdrawn");
        apply(new OfferWithdrawn(offerId, employerId, personId, command.reason()));
    }

    @CommandHandler
    void handle(WithdrawOfferOfUnavailableCandidate command) {
        if (status == Status.OFFERED) {
            apply(new OfferWithdrawn(offerId, employerId, personId, CANDIDATE_UNAVAILABLE));
        }
    }

    @CommandHandler
    void handle(ChangeEmployer command, OfferSources sources, EmployerRegister employers) {
        requireWorker(command.personId());
        requirePlaced();
        OfferSources.OpenJobOrder order = sources.openJobOrder(command.newJobOrderId())
                .orElseThrow(() -> new RuleViolation("newJobOrderId", "Job order " + command.newJobOrderId()
                        + " is not open; choose an open job order of the scheme."));
        if (!order.terms().schemeId().equals(terms.schemeId())) {
            throw new RuleViolation("newJobOrderId", "Job order " + command.newJobOrderId() + " is under another "
                    + "scheme; a change of employer stays within scheme " + terms.schemeId() + ".");
        }
        if (order.employerId().equals(employerId)) {
            throw new RuleViolation("newJobOrderId", "Job order " + command.newJobOrderId() + " is your present "
                    + "employer's; choose another employer's job order.");
        }
        EmployerRegister.Standing standing = employers.standingOf(order.employerId());
        if (!standing.mayOpenJobOrders()) {
            throw new RuleViolation("newJobOrderId", "The employer of job order " + command.newJobOrderId()
                    + " is suspended and takes no workers now; choose another job order.");
        }
        apply(new EmployerChanged(offerId, personId, terms.schemeId(), employerId, order.employerId(),
                command.newJobOrderId(), order.terms(), command.effectiveFrom()));
    }

    @CommandHandler
    void handle(RecordSignedContract command) {
        requireWorker(command.personId());
        requirePlaced();
        apply(new ContractSigned(offerId, personId, employerId, command.contract(), command.signedOn()));
        List<WorseTerm> worse = ContractComparison.worseTerms(terms, command.contract());
        if (!worse.isEmpty()) {
            apply(new ContractSubstitutionDetected(offerId, personId, employerId, terms.schemeId(), worse,
                    command.signedOn()));
        }
    }

    @CommandHandler
    void handle(ReportFeePaid command) {
        requireWorker(command.personId());
        requirePlaced();
        if (feesReimbursed.containsKey(command.feeId())) {
            return; // reported already
        }
        apply(new FeeReported(offerId, personId, employerId, command.feeId(), command.item(), command.amount(),
                command.paidOn()));
    }

    @CommandHandler
    void handle(ReimburseFee command) {
        requireEmployer(command.employerId());
        Boolean reimbursed = feesReimbursed.get(command.feeId());
        if (reimbursed == null) {
            throw new UnknownToCaller("fee", command.feeId());
        }
        if (!reimbursed) {
            apply(new FeeReimbursed(offerId, employerId, command.feeId(), command.reimbursedOn()));
        }
    }

    private String jobOrderId;

    private void requireWorker(String callerPersonId) {
        if (!personId.equals(callerPersonId)) {
            throw new UnknownToCaller("offer", offerId);
        }
    }

    private void requireEmployer(String callerEmployerId) {
        if (!employerId.equals(callerEmployerId)) {
            throw new UnknownToCaller("offer", offerId);
        }
    }

    private void requireOffered(String step) {
        if (status != Status.OFFERED) {
            throw new NotNow("status", "Offer " + offerId + " is " + status + " and can no longer be " + step + ".");
        }
    }

    private void requirePlaced() {
        if (status != Status.ACCEPTED) {
            throw new NotNow("status", "Offer " + offerId + " is " + status + "; this needs an accepted offer.");
        }
    }

    @EventSourcingHandler
    void on(OfferMade event) {
        offerId = event.offerId();
        jobOrderId = event.jobOrderId();
        employerId = event.employerId();
        personId = event.personId();
        terms = event.terms();
        status = Status.OFFERED;
    }

    @EventSourcingHandler
    void on(OfferAccepted event) {
        status = Status.ACCEPTED;
    }

    @EventSourcingHandler
    void on(OfferDeclined event) {
        status = Status.DECLINED;
    }

    @EventSourcingHandler
    void on(OfferWithdrawn event) {
        status = Status.WITHDRAWN;
    }

    @EventSourcingHandler
    void on(EmployerChanged event) {
        employerId = event.newEmployerId();
        jobOrderId = event.newJobOrderId();
        terms = event.newTerms();
    }

    @EventSourcingHandler
    void on(FeeReported event) {
        feesReimbursed.put(event.feeId(), false);
    }

    @EventSourcingHandler
    void on(FeeReimbursed event) {
        feesReimbursed.put(event.feeId(), true);
    }
}
