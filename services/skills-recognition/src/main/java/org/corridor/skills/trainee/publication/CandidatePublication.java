package org.corridor.skills.trainee.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.trainee.api.CandidateBecameAvailable;
import org.corridor.skills.trainee.api.CandidateWithdrawn;
import org.springframework.stereotype.Component;

/** Tells employer-matching who is a candidate and who no longer is. Never replayed. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class CandidatePublication {

    private final IntegrationEventPublisher publisher;

    CandidatePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(CandidateBecameAvailable event, EventMessage<?> message) {
        publisher.publish(message, CandidateAvailableV1.TYPE, CandidateAvailableV1.from(event));
    }

    @EventHandler
    void on(CandidateWithdrawn event, EventMessage<?> message) {
        publisher.publish(message, CandidateWithdrawnV1.TYPE, CandidateWithdrawnV1.from(event));
    }
}
