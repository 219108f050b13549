package org.corridor.returns.benefit.adapter;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.corridor.returns.benefit.api.ClaimStatusCheckDue;
import org.corridor.returns.benefit.api.RecordDestinationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Asks the destination where a received claim is, each time one of its status checks falls due, and hands the
 * answer to the claim. A tracking processor of its own, like the submission: while the destination gives no
 * answer the handler fails and the processor asks again with growing pauses, holding its place, so no check is
 * lost in an outage or a restart; the claim records an answer once, and only when it moved the claim on.
 */
@Component
@ProcessingGroup(ClaimStatusFollowing.PROCESSING_GROUP)
class ClaimStatusFollowing {

    static final String PROCESSING_GROUP = "benefit-claim-status";
    private static final Logger log = LoggerFactory.getLogger(ClaimStatusFollowing.class);

    private final DestinationSocialSecurity destination;
    private final CommandGateway commands;
    private final Clock clock;

    ClaimStatusFollowing(DestinationSocialSecurity destination, CommandGateway commands, Clock clock) {
        this.destination = destination;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(ClaimStatusCheckDue due) {
        DestinationAnswer answer = destination.status(due.destinationReference());
        if (answer instanceof DestinationAnswer.Status status) {
            commands.sendAndWait(new RecordDestinationStatus(due.claimId(), due.check(), status.status(),
                    status.grantedAmount(), status.reasons(), status.decidedOn(), clock.instant()));
        } else if (answer instanceof DestinationAnswer.NoStatus none) {
            log.warn("The destination gave no status for benefit claim {} ({}): asked again later", due.claimId(),
                    none.reason());
            commands.sendAndWait(new RecordDestinationStatus(due.claimId(), due.check(), null, null, null, null,
                    clock.instant()));
        } else {
            throw new StatusNotYetKnown(due.claimId(), answer instanceof DestinationAnswer.Unavailable u
                    ? u.reason() : String.valueOf(answer));
        }
    }

    /** Makes the processor keep the check and ask again later. */
    static class StatusNotYetKnown extends RuntimeException {
        StatusNotYetKnown(String claimId, String reason) {
            super("the status of benefit claim " + claimId + " waits for the destination: " + reason);
        }
    }
}
