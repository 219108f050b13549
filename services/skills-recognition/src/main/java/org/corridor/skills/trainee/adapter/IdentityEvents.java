package org.corridor.skills.trainee.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.web.PersonErasures;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads identity's platform-wide erasure requests: the person is erased here the same way as through
 * {@code POST /trainees/{personId}/erasure}, and the answer goes back on this service's topic.
 */
@Component
class IdentityEvents {

    private final IntegrationEventRoutes routes;
    private final PersonErasures erasures;

    IdentityEvents(IntegrationEventInbox inbox, PersonErasures erasures) {
        this.erasures = erasures;
        this.routes = inbox.routes()
                .on(ErasureRequestedV1.TYPE, ErasureRequestedV1.class, this::onErasureRequested)
                .build();
    }

    @KafkaListener(topics = "identity.events", id = "skills-recognition.identity-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void onErasureRequested(ErasureRequestedV1 request, ReceivedEvent event) {
        erasures.erase(request.erasureId(), PersonId.of(request.personId()), request.requestedBy(), null, true);
    }
}
