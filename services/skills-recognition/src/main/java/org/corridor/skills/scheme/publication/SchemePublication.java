package org.corridor.skills.scheme.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.scheme.api.SchemeAmended;
import org.corridor.skills.scheme.api.SchemeClosed;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.springframework.stereotype.Component;

/** Forwards scheme events to Kafka as public integration events. Never replayed: a reset must not republish. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class SchemePublication {

    private final IntegrationEventPublisher publisher;

    SchemePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(SchemeDefined event, EventMessage<?> message) {
        publisher.publish(message, SchemeDefinedV1.TYPE, SchemeDefinedV1.from(event));
    }

    @EventHandler
    void on(SchemeAmended event, EventMessage<?> message) {
        publisher.publish(message, SchemeAmendedV1.TYPE, SchemeAmendedV1.from(event));
    }

    @EventHandler
    void on(SchemeClosed event, EventMessage<?> message) {
        publisher.publish(message, SchemeClosedV1.TYPE, SchemeClosedV1.from(event));
    }
}
