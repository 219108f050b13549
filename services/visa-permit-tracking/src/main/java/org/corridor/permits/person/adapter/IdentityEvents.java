package org.corridor.permits.person.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.query.ApplicationView;
import org.corridor.permits.application.query.PermitApplications;
import org.corridor.permits.person.api.ApplicationStanding;
import org.corridor.permits.person.api.ErasureCommands.RequestErasure;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the identity service's public events, checked against this service's copy of the schema: a person's
 * request to be forgotten becomes a request on the person's erasure, with the person's applications as they stand
 * (the hold is decided on them). Idempotent: the inbox skips an event id seen before, and a request answered
 * before is answered again with the same outcome.
 */
@Component
class IdentityEvents {

    static final String TOPIC = "identity.events";
    private static final int PAGE = 200;

    private final CommandGateway commands;
    private final PermitApplications applications;
    private final IntegrationEventRoutes routes;

    IdentityEvents(IntegrationEventInbox inbox, CommandGateway commands, PermitApplications applications) {
        this.commands = commands;
        this.applications = applications;
        this.routes = inbox.routes()
                .on(ErasureRequestedV1.TYPE, ErasureRequestedV1.class, (request, event) -> request(request))
                .build();
    }

    @KafkaListener(topics = TOPIC, id = "visa-permit-tracking.identity-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void request(ErasureRequestedV1 request) {
        commands.sendAndWait(new RequestErasure(request.personId(), request.erasureId(), request.requestedAt(),
                request.requestedBy(), standings(request.personId())));
    }

    private List<ApplicationStanding> standings(String personId) {
        List<ApplicationStanding> standings = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<ApplicationView> views = applications.ofPerson(personId, page, PAGE);
            views.forEach(view -> standings.add(new ApplicationStanding(view.applicationId(),
                    ApplicationStatus.valueOf(view.status()), view.validUntil(), view.appealBy())));
            if (views.size() < PAGE) {
                return standings;
            }
        }
    }
}
