package org.corridor.returns.grievance.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.grievance.api.OfferPrefilledGrievance;
import org.corridor.returns.grievance.api.WorseTerm;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/** A contract substitution employer-matching detected becomes a prefilled grievance offered to the worker. */
@Component
class EmployerMatchingEvents {

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;

    EmployerMatchingEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
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
