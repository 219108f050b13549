package org.corridor.identity.activation.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.identity.activation.WorkerActivation;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Activation codes skills-recognition issues at enrolment, read through the kernel's inbox (idempotent, DLT). */
@Component
class SkillsRecognitionEvents {

    private final IntegrationEventRoutes routes;

    SkillsRecognitionEvents(IntegrationEventInbox inbox, WorkerActivation activation) {
        this.routes = inbox.routes()
                .on(WorkerActivationIssuedV1.TYPE, WorkerActivationIssuedV1.class, (issued, event) ->
                        activation.issued(issued.personId(), issued.originCountry(), issued.codeDigest(),
                                issued.expiresAt(), event.envelope().occurredAt()))
                .build();
    }

    @KafkaListener(topics = "skills-recognition.events", id = "identity.skills-recognition-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }
}
