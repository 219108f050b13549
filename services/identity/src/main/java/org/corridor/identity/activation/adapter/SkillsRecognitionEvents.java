package org.corridor.identity.activation.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.identity.activation.WorkerActivation;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Activation codes skills-recognition issues at enrolment, read through the kernel's inbox (idempotent, DLT). A
 * batch listener: an import enrols thousands of trainees at once, and the inbox then checks and records the event
 * ids of a whole poll in two round trips instead of two an event; a failing event is still retried and parked on
 * its own.
 */
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

    @KafkaListener(topics = "skills-recognition.events", id = "identity.skills-recognition-events", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        routes.receiveAll(records);
    }
}
