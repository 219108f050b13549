package org.corridor.returns.benefit.adapter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.RecordReceipt;
import org.corridor.returns.benefit.api.RecordRefusal;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Sends each filed claim to the destination's social-security system. A tracking processor of its own reads the
 * filed claims from the event store, so the event store is the outbox: while the destination gives no answer the
 * handler fails, the processor keeps its token and tries the claim again with growing pauses, and no other
 * processor waits for it. Sending again is safe: the claim id is the idempotency key, and the claim records one
 * receipt however many answers come.
 */
@Component
@ProcessingGroup(BenefitClaimSubmission.PROCESSING_GROUP)
class BenefitClaimSubmission {

    static final String PROCESSING_GROUP = "benefit-claim-submission";

    private final DestinationSocialSecurity destination;
    private final CommandGateway commands;
    private final Clock clock;

    BenefitClaimSubmission(DestinationSocialSecurity destination, CommandGateway commands, Clock clock) {
        this.destination = destination;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(BenefitClaimFiled claim) {
        DestinationAnswer answer = destination.submit(claim);
        if (answer instanceof DestinationAnswer.Received received) {
            commands.sendAndWait(new RecordReceipt(claim.claimId(), received.reference(), received.status(),
                    clock.instant()));
        } else if (answer instanceof DestinationAnswer.Refused refused) {
            commands.sendAndWait(new RecordRefusal(claim.claimId(), refused.reason()));
        } else if (answer instanceof DestinationAnswer.Unavailable unavailable) {
            throw new ClaimNotYetSent(claim.claimId(), unavailable.reason());
        }
    }

    /** Makes the processor keep the claim and try it again later. */
    static class ClaimNotYetSent extends RuntimeException {
        ClaimNotYetSent(String claimId, String reason) {
            super("benefit claim " + claimId + " waits for the destination: " + reason);
        }
    }
}
