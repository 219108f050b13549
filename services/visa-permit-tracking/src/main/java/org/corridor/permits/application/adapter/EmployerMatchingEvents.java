package org.corridor.permits.application.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.permits.application.api.ApplicationCommands.AmendEmployer;
import org.corridor.permits.application.api.ApplicationCommands.OpenApplication;
import org.corridor.permits.application.api.ApplicationIds;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads employer-matching's public events, each checked against this service's copy of its schema
 * ({@code src/main/resources/contracts/consumed/}): an agreed placement opens a permit application, an employer change amends
 * it. Both are idempotent: the application's id is derived from the placement, a second opening is refused by the
 * event store and ignored here, and an amendment to the employer already held changes nothing.
 */
@Component
class EmployerMatchingEvents {

    static final String TOPIC = "employer-matching.events";

    private final CommandGateway commands;
    private final PermitSettings settings;
    private final IntegrationEventRoutes routes;

    EmployerMatchingEvents(IntegrationEventInbox inbox, CommandGateway commands, PermitSettings settings) {
        this.commands = commands;
        this.settings = settings;
        this.routes = inbox.routes()
                .on(PlacementAgreedV1.TYPE, PlacementAgreedV1.class, (placement, event) -> open(placement))
                .on(EmployerChangedV1.TYPE, EmployerChangedV1.class, (change, event) -> amend(change))
                .build();
    }

    @KafkaListener(topics = TOPIC, id = "visa-permit-tracking.employer-matching-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void open(PlacementAgreedV1 placement) {
        try {
            commands.sendAndWait(new OpenApplication(ApplicationIds.forPlacement(placement.placementId()),
                    placement.placementId(), placement.personId(), placement.schemeId(), placement.employerId(),
                    placement.jobOrderId(), placement.iscoCode(), placement.originCountry(),
                    placement.destinationCountry(), placement.startDate(), placement.contractMonths(),
                    settings.postFor(placement.originCountry(), placement.destinationCountry()),
                    settings.permitType(), settings.serviceLevelOf(placement.schemeId())));
        } catch (AggregateStreamCreationException alreadyOpened) {
            // The placement was seen before (a resend under a new event id, or a crash before its id was recorded).
        }
    }

    private void amend(EmployerChangedV1 change) {
        commands.sendAndWait(new AmendEmployer(ApplicationIds.forPlacement(change.placementId()),
                change.previousEmployerId(), change.newEmployerId(), change.newJobOrderId(), change.effectiveFrom()));
    }
}
