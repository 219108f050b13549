package org.corridor.kernel.messaging.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes published dossiers and records a receipt for each one whose title asks for it. */
@Component
public class ReceiptPolicy {

    public static final String ASKS_FOR_RECEIPT = "receipt requested: ";

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;

    ReceiptPolicy(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
        // Only dossiers opened: amendments have no route, so they are skipped (and counted).
        this.routes = inbox.routes()
                .on(DossierPublication.OPENED, DossierPublication.DossierV1.class, this::onOpened)
                .build();
    }

    @KafkaListener(topics = "messaging-test.events", groupId = "messaging-test-receipts")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void onOpened(DossierPublication.DossierV1 dossier, ReceivedEvent event) {
        if (dossier.title().startsWith(ASKS_FOR_RECEIPT)) {
            commands.sendAndWait(new RecordReceipt(receiptIdOf(dossier.dossierId()), dossier.dossierId()));
        }
    }

    public static String receiptIdOf(String dossierId) {
        return "receipt-" + dossierId;
    }
}
