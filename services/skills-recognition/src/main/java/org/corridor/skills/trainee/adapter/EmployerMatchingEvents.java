package org.corridor.skills.trainee.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.api.RecordPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads employer-matching's events that end a trainee's track switching: an agreed placement. */
@Component
class EmployerMatchingEvents {

    private static final Logger log = LoggerFactory.getLogger(EmployerMatchingEvents.class);

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;

    EmployerMatchingEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
        this.routes = inbox.routes()
                .on(PlacementAgreedV1.TYPE, PlacementAgreedV1.class, this::onPlacementAgreed)
                .build();
    }

    @KafkaListener(topics = "employer-matching.events", id = "skills-recognition.employer-matching-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void onPlacementAgreed(PlacementAgreedV1 placement, ReceivedEvent event) {
        try {
            commands.sendAndWait(new RecordPlacement(PersonId.of(placement.personId()), placement.placementId(),
                    placement.employerId()));
        } catch (AggregateNotFoundException unknown) {
            log.info("Placement {} is for person {}, who was not enrolled here; nothing to record",
                    placement.placementId(), placement.personId());
        }
    }
}
