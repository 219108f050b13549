package org.corridor.skills.trainee.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.trainee.api.WorkerActivationIssued;
import org.springframework.stereotype.Component;

/** Tells the identity service which code digest binds an account to a person id. Never replayed. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class ActivationPublication {

    private final IntegrationEventPublisher publisher;

    ActivationPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(WorkerActivationIssued event, EventMessage<?> message) {
        publisher.publish(message, WorkerActivationIssuedV1.TYPE, WorkerActivationIssuedV1.from(event));
    }
}
