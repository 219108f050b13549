package org.corridor.skills.trainee.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Timestamp;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.trainee.api.PersonErased;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * Answers identity's erasure requests on the topic, keyed by the erasure id. An erasure asked through this
 * service's own endpoint is recorded but not announced: identity did not ask, and keeps no receipt for it.
 * Never replayed.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class ErasurePublication {

    private final IntegrationEventPublisher publisher;

    ErasurePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(PersonErased event, EventMessage<?> message, @Timestamp Instant at) {
        if (event.answered()) {
            publisher.publish(message, PersonalDataErasedV1.TYPE, PersonalDataErasedV1.from(event, at));
        }
    }
}
