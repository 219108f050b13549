package org.corridor.returns.benefit.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.ClaimReceivedByDestination;
import org.corridor.returns.benefit.api.ClaimRefusedByDestination;
import org.corridor.returns.benefit.api.ClaimStatus;
import org.corridor.returns.benefit.api.FileBenefitClaim;
import org.corridor.returns.benefit.api.RecordReceipt;
import org.corridor.returns.benefit.api.RecordRefusal;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A claim to carry social-security contributions or pension rights earned abroad over to the country returned to.
 * Filing records it; reaching the destination's system is the submission's job, retried until it gets an answer.
 */
@Aggregate
class BenefitClaim {

    @AggregateIdentifier
    private String claimId;
    private ClaimStatus status;

    BenefitClaim() {
        // for Axon
    }

    @CommandHandler
    BenefitClaim(FileBenefitClaim command) {
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

    @CommandHandler
    void handle(RecordReceipt command) {
        // A resend the destination answered again (same idempotency key, same reference) changes nothing.
        if (status == ClaimStatus.AWAITING_SUBMISSION) {
            apply(new ClaimReceivedByDestination(claimId, command.destinationReference(), command.destinationStatus(),
                    command.receivedAt()));
        }
    }

    @CommandHandler
    void handle(RecordRefusal command) {
        if (status == ClaimStatus.AWAITING_SUBMISSION) {
            apply(new ClaimRefusedByDestination(claimId, command.reason()));
        }
    }

    @EventSourcingHandler
    void on(BenefitClaimFiled event) {
        claimId = event.claimId();
        status = ClaimStatus.AWAITING_SUBMISSION;
    }

    @EventSourcingHandler
    void on(ClaimReceivedByDestination event) {
        status = ClaimStatus.RECEIVED_BY_DESTINATION;
    }

    @EventSourcingHandler
    void on(ClaimRefusedByDestination event) {
        status = ClaimStatus.REFUSED_BY_DESTINATION;
    }
}
