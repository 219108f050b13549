package org.corridor.kernel.messaging.sample;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The published aggregate of the messaging tests. */
@Aggregate
class Dossier {

    @AggregateIdentifier
    private String dossierId;

    Dossier() {
        // for Axon
    }

    @CommandHandler
    Dossier(OpenDossier command) {
        apply(new DossierOpened(command.dossierId(), command.title()));
    }

    @CommandHandler
    void handle(AmendDossier command) {
        apply(new DossierAmended(command.dossierId(), command.title()));
    }

    @EventSourcingHandler
    void on(DossierOpened event) {
        dossierId = event.dossierId();
    }
}
