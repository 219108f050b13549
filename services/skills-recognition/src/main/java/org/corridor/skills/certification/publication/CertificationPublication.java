package org.corridor.skills.certification.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.skills.certification.api.SkillsCertified;
import org.springframework.stereotype.Component;

/** Answers return-reintegration's certification requests on the topic. Never replayed. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
@DisallowReplay
class CertificationPublication {

    private final IntegrationEventPublisher publisher;

    CertificationPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    void on(SkillsCertified event, EventMessage<?> message) {
        publisher.publish(message, SkillsCertifiedV1.TYPE, SkillsCertifiedV1.from(event));
    }
}
