package org.corridor.matching.personaldata.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.matching.personaldata.policy.Erasures;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A person's request to be forgotten, from the identity service: this service erases what it holds of them. */
@Component
class IdentityEvents {

    private final IntegrationEventRoutes routes;
    private final Erasures erasures;

    IdentityEvents(IntegrationEventInbox inbox, Erasures erasures) {
        this.erasures = erasures;
        this.routes = inbox.routes()
                .on(ErasureRequestedV1.TYPE, ErasureRequestedV1.class, this::erasureRequested)
                .build();
    }

    @KafkaListener(topics = "identity.events", id = "employer-matching.identity-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void erasureRequested(ErasureRequestedV1 request, ReceivedEvent event) {
        erasures.erase(request.erasureId(), request.personId());
    }
}
