package org.corridor.returns.erasure.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.returns.erasure.api.ErasePersonalData;
import org.corridor.returns.erasure.query.PersonHoldings;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * A person's request to be forgotten, from identity: what this service holds about them is looked up, and their
 * erasure decides what becomes of it. An event id seen twice changes nothing (the inbox); a new request for the
 * same person is answered again.
 */
@Component
class IdentityEvents {

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;
    private final PersonHoldings holdings;

    IdentityEvents(IntegrationEventInbox inbox, CommandGateway commands, PersonHoldings holdings) {
        this.commands = commands;
        this.holdings = holdings;
        this.routes = inbox.routes()
                .on(ErasureRequestedV1.TYPE, ErasureRequestedV1.class, (requested, event) -> requested(requested))
                .build();
    }

    @KafkaListener(topics = "identity.events", id = "return-reintegration.identity-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void requested(ErasureRequestedV1 requested) {
        commands.sendAndWait(new ErasePersonalData(requested.personId(), requested.erasureId(),
                requested.requestedBy(), Instant.parse(requested.requestedAt()), holdings.of(requested.personId())));
    }
}
