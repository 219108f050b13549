package org.corridor.returns.grievance.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.grievance.api.OfferPrefilledGrievance;
import org.corridor.returns.grievance.api.WorseTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** A contract substitution employer-matching detected becomes a prefilled grievance offered to the worker. */
@Component
class EmployerMatchingEvents {

    private static final Logger log = LoggerFactory.getLogger(EmployerMatchingEvents.class);

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;
    private final CryptoShredder shredder;

    EmployerMatchingEvents(IntegrationEventInbox inbox, CommandGateway commands, CryptoShredder shredder) {
        this.commands = commands;
        this.shredder = shredder;
        this.routes = inbox.routes()
                .on(ContractSubstitutionDetectedV1.TYPE, ContractSubstitutionDetectedV1.class,
                        (detected, event) -> detected(detected))
                .build();
    }

    @KafkaListener(topics = "employer-matching.events", id = "return-reintegration.employer-matching-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void detected(ContractSubstitutionDetectedV1 detected) {
        if (shredder.isErased(detected.personId())) {
            // The worker asked to be forgotten: nothing new about them is recorded, so no offer is made.
            log.info("no grievance offered for placement {}: the worker's personal data was erased",
                    detected.placementId());
            return;
        }
        // One offer per placement and detection day: a resend under another event id finds it already made.
        String offerId = "go-" + UUID.nameUUIDFromBytes(("contract-substitution:" + detected.placementId() + ":"
                + detected.detectedOn()).getBytes(StandardCharsets.UTF_8));
        try {
            commands.sendAndWait(new OfferPrefilledGrievance(offerId, PersonId.of(detected.personId()),
                    detected.placementId(), detected.employerId(), detected.schemeId(),
                    detected.worseTerms().stream().map(t -> new WorseTerm(t.term(), t.offered(), t.signed())).toList(),
                    LocalDate.parse(detected.detectedOn())));
        } catch (RuntimeException e) {
            if (!alreadyOffered(e)) {
                throw e;
            }
        }
    }

    private static boolean alreadyOffered(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
