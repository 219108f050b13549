package org.corridor.returns.benefit.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.corridor.returns.benefit.api.ClaimStatusChangedAtDestination;
import org.corridor.returns.benefit.api.ClaimStatusCheck;
import org.corridor.returns.benefit.api.ClaimStatusCheckDue;
import org.corridor.returns.benefit.api.ClaimStatusCheckScheduled;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.benefit.api.RecordDestinationStatus;
import org.corridor.returns.benefit.api.RecordReceipt;
import org.corridor.returns.benefit.api.RecordRefusal;
import org.corridor.returns.person.command.ForgottenPeople;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A claim to carry social-security contributions or pension rights earned abroad over to the country returned to.
 * Filing records it; reaching the destination's system is the submission's job, retried until it gets an answer.
 * Once received there, the claim asks where it is on persistent deadlines ({@link StatusChecks}) until the
 * destination grants or refuses it; each answer is recorded once, and only when it moved the claim on.
 */
@Aggregate
class BenefitClaim {

    static final String STATUS_CHECK = "benefit-claim-status-check";

    @AggregateIdentifier
    private String claimId;
    private PersonId returnee;
    private ClaimStatus status;
    private String destinationReference;
    private int scheduledCheck;
    private boolean checkDue;
    private Duration lastWait;
    private Money grantedAmount;
    private List<String> reasons = List.of();

    BenefitClaim() {
        // for Axon
    }

    @CommandHandler
    BenefitClaim(FileBenefitClaim command, CryptoShredder shredder) {
        ForgottenPeople.requireNotForgotten(shredder, command.returnee(), "returnee");
        if (command.insuredUntil().isBefore(command.insuredFrom())) {
            throw new RuleViolation("insuredUntil", "the insured period ends before it starts: give the first day "
                    + "insured abroad, then the last");
        }
        if (command.insuredUntil().isAfter(command.filedOn())) {
            throw new RuleViolation("insuredUntil", "claim periods already insured: the last day is today ("
                    + command.filedOn() + ") at the latest");
        }
        if (command.originCountry().equals(command.destinationCountry())) {
            throw new RuleViolation("destinationCountry", "the rights are held abroad: give the country you worked in");
        }
        apply(new BenefitClaimFiled(command.claimId(), command.returnee(), command.originCountry(),
                command.destinationCountry(), command.kind(), command.insuredFrom(), command.insuredUntil(),
                command.foreignInsuranceNumber().strip(), command.returnCaseId(), command.filedOn()));
    }

    /** Received: from now on the destination is asked where the claim is, until it decides. */
    @CommandHandler
    void handle(RecordReceipt command, DeadlineManager deadlines, StatusChecks checks) {
        // A resend the destination answered again (same idempotency key, same reference) changes nothing.
        if (status == ClaimStatus.AWAITING_SUBMISSION) {
            apply(new ClaimReceivedByDestination(claimId, command.destinationReference(), command.destinationStatus(),
                    command.receivedAt()));
            scheduleCheck(1, checks.first(), deadlines);
        }
    }

    /** Delivery is at least once: a check already due or answered, or one after the decision, changes nothing. */
    @DeadlineHandler(deadlineName = STATUS_CHECK)
    void on(ClaimStatusCheck check) {
        if (decided() || checkDue || check.check() != scheduledCheck) {
            return;
        }
        apply(new ClaimStatusCheckDue(claimId, destinationReference, check.check()));
    }

    /**
     * The destination's answer to a check: recorded when it moved the claim on, then the next check scheduled
     * unless it decided. An answer to a check answered already (sent again after a crash) records nothing.
     */
    @CommandHandler
    void handle(RecordDestinationStatus command, DeadlineManager deadlines, StatusChecks checks) {
        if (!checkDue || command.check() != scheduledCheck) {
            return;
        }
        if (command.status() == null) {
            // Answered without a status that can be taken: asked again later, as if nothing changed.
            scheduleCheck(scheduledCheck + 1, checks.after(lastWait), deadlines);
            return;
        }
        boolean granted = command.status() == DestinationStatus.GRANTED;
        if (granted && (command.grantedAmount() == null || command.grantedAmount().isZero())) {
            throw new RuleViolation("grantedAmount", "a granted claim says how much was granted, with its currency");
        }
        ClaimStatus next = ClaimStatus.of(command.status());
        Money amount = granted ? command.grantedAmount() : null;
        List<String> reasons = command.reasons() == null ? List.of() : List.copyOf(command.reasons());
        boolean changed = next != status || !Objects.equals(amount, grantedAmount) || !reasons.equals(this.reasons);
        if (changed) {
            apply(new ClaimStatusChangedAtDestination(claimId, returnee, command.status(), amount, reasons,
                    command.decidedOn(), command.checkedAt()));
        }
        if (!command.status().isFinal()) {
            scheduleCheck(scheduledCheck + 1, changed ? checks.first() : checks.after(lastWait), deadlines);
        }
    }

    @CommandHandler
    void handle(RecordRefusal command) {
        if (status == ClaimStatus.AWAITING_SUBMISSION) {
            apply(new ClaimRefusedByDestination(claimId, command.reason()));
        }
    }

    private void scheduleCheck(int check, Duration wait, DeadlineManager deadlines) {
        Instant due = GenericEventMessage.clock.instant().plus(wait);
        String scheduleId = deadlines.schedule(due, STATUS_CHECK, new ClaimStatusCheck(claimId, check));
        apply(new ClaimStatusCheckScheduled(claimId, check, due, wait, scheduleId));
    }

    private boolean decided() {
        return status == ClaimStatus.GRANTED || status == ClaimStatus.REFUSED
                || status == ClaimStatus.REFUSED_BY_DESTINATION;
    }

    @EventSourcingHandler
    void on(BenefitClaimFiled event) {
        claimId = event.claimId();
        returnee = event.returnee();
        status = ClaimStatus.AWAITING_SUBMISSION;
    }

    @EventSourcingHandler
    void on(ClaimReceivedByDestination event) {
        status = ClaimStatus.RECEIVED_BY_DESTINATION;
        destinationReference = event.destinationReference();
    }

    @EventSourcingHandler
    void on(ClaimStatusCheckScheduled event) {
        scheduledCheck = event.check();
        lastWait = event.interval();
        checkDue = false;
    }

    @EventSourcingHandler
    void on(ClaimStatusCheckDue event) {
        checkDue = true;
    }

    @EventSourcingHandler
    void on(ClaimStatusChangedAtDestination event) {
        status = ClaimStatus.of(event.status());
        grantedAmount = event.grantedAmount();
        reasons = event.reasons() == null ? List.of() : List.copyOf(event.reasons());
        if (event.status().isFinal()) {
            checkDue = false;
        }
    }

    @EventSourcingHandler
    void on(ClaimRefusedByDestination event) {
        status = ClaimStatus.REFUSED_BY_DESTINATION;
    }
}
