package org.corridor.identity.erasure.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.identity.erasure.api.ErasureRequested;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/** Tells every service to forget the person, from the event store (the outbox). Never replayed. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class ErasurePublication {

    private final IntegrationEventPublisher publisher;

    ErasurePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(ErasureRequested event, EventMessage<?> message) {
        publisher.publish(message, ErasureRequestedV1.TYPE, ErasureRequestedV1.from(event));
    }
}
