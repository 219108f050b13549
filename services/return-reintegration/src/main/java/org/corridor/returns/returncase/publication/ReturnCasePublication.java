package org.corridor.returns.returncase.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.returns.returncase.api.MeasurePlanned;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.ReturnCaseOpened;
import org.springframework.stereotype.Component;

/** Announces registered returns, and asks skills-recognition to certify skills gained abroad. Never replayed. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ReturnCasePublication {

    private final IntegrationEventPublisher publisher;

    ReturnCasePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(ReturnCaseOpened event, EventMessage<?> message) {
        publisher.publish(message, ReturnRegisteredV1.TYPE, ReturnRegisteredV1.from(event));
    }

    @EventHandler
    @DisallowReplay
    void on(MeasurePlanned event, EventMessage<?> message) {
        if (event.type() == MeasureType.SKILLS_CERTIFICATION) {
            publisher.publish(message, SkillsCertificationRequestedV1.TYPE, SkillsCertificationRequestedV1.from(event));
        }
    }
}
