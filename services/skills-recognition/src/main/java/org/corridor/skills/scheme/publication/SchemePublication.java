package org.corridor.skills.scheme.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.springframework.stereotype.Component;

/** Forwards scheme events to Kafka as public integration events. Never replayed: a reset must not republish. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class SchemePublication {

    private final IntegrationEventPublisher publisher;

    SchemePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(SchemeDefined event, EventMessage<?> message) {
        publisher.publish(message, SchemeDefinedV1.TYPE, SchemeDefinedV1.from(event));
    }
}
