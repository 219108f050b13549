package org.corridor.kernel.messaging.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Consumes published dossiers and records a receipt for each one whose title asks for it. */
@Component
public class ReceiptPolicy {

    public static final String ASKS_FOR_RECEIPT = "receipt requested: ";

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;

    ReceiptPolicy(IntegrationEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
    }

    @KafkaListener(topics = "messaging-test.events", groupId = "messaging-test-receipts")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            if (!DossierPublication.OPENED.equals(event.type())) {
                return;
            }
            DossierPublication.DossierV1 dossier = event.payloadAs(DossierPublication.DossierV1.class);
            if (dossier.title().startsWith(ASKS_FOR_RECEIPT)) {
                commands.sendAndWait(new RecordReceipt(receiptIdOf(dossier.dossierId()), dossier.dossierId()));
            }
        });
    }

    public static String receiptIdOf(String dossierId) {
        return "receipt-" + dossierId;
    }
}
