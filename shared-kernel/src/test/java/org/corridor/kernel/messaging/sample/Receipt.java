package org.corridor.kernel.messaging.sample;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.corridor.kernel.audit.AuditMetadata;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The aggregate a consumer of dossier events changes: one receipt per dossier that asks for it. */
@Aggregate
class Receipt {

    @AggregateIdentifier
    private String receiptId;

    Receipt() {
        // for Axon
    }

    @CommandHandler
    Receipt(RecordReceipt command, @MetaDataValue(AuditMetadata.CAUSATION_ID) String causationId) {
        apply(new ReceiptRecorded(command.receiptId(), command.dossierId(), causationId));
    }

    @EventSourcingHandler
    void on(ReceiptRecorded event) {
        receiptId = event.receiptId();
    }
}
