package org.corridor.returns.grievance.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.returns.grievance.api.GrievanceResolved;
import org.corridor.returns.grievance.api.GrievanceSubstantiated;
import org.springframework.stereotype.Component;

/**
 * Tells employer-matching when a grievance against an employer is substantiated (it suspends the employer) and
 * when it is resolved (it lifts the suspension). Never replayed: a reset must not suspend anyone again.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class GrievancePublication {

    private final IntegrationEventPublisher publisher;

    GrievancePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(GrievanceSubstantiated event, EventMessage<?> message) {
        publisher.publish(message, GrievanceSubstantiatedV1.TYPE, GrievanceSubstantiatedV1.from(event));
    }

    @EventHandler
    @DisallowReplay
    void on(GrievanceResolved event, EventMessage<?> message) {
        publisher.publish(message, GrievanceResolvedV1.TYPE, GrievanceResolvedV1.from(event));
    }
}
