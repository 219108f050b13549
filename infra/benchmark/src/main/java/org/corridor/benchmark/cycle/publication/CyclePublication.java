package org.corridor.benchmark.cycle.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.benchmark.cycle.api.CycleEvents.CycleEvent;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Forwards every event of the cycle to Kafka through the platform's publisher, in its processing group, as
 * skills-recognition's {@code SchemePublication} does. Every stage is published because every stage is counted
 * per scheme, corridor and gender downstream. Never replayed: a reset must not republish.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class CyclePublication {

    private final IntegrationEventPublisher publisher;

    CyclePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(CycleEvent event, EventMessage<?> message) {
        publisher.publish(message, contractOf(event), event);
    }

    /** {@code benchmark.<event-in-kebab-case>.v1}, e.g. {@code benchmark.trainee-enrolled.v1}. */
    static String contractOf(CycleEvent event) {
        String name = event.getClass().getSimpleName();
        return "benchmark." + name.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".v1";
    }
}
