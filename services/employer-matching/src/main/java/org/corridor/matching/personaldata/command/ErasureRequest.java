package org.corridor.matching.personaldata.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.matching.personaldata.api.ErasureAnswered;
import org.corridor.matching.personaldata.api.RecordErasureAnswer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One erasure request as this service answered it: every answer is recorded (a request delivered twice answers twice,
 * never fails), a hold's answer first and the final one when the hold ends.
 */
@Aggregate
class ErasureRequest {

    @AggregateIdentifier
    private String erasureId;

    ErasureRequest() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordErasureAnswer command) {
        apply(new ErasureAnswered(command.erasureId(), command.personId(), command.erasedAt(), command.answer()));
    }

    @EventSourcingHandler
    void on(ErasureAnswered event) {
        erasureId = event.erasureId();
    }
}
