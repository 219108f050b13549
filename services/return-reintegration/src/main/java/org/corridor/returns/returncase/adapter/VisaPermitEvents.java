package org.corridor.returns.returncase.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.returns.returncase.api.OpenReturnCaseOnPermitEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** A permit's end, reported by visa-permit-tracking, opens a return case. */
@Component
class VisaPermitEvents {

    private static final Logger log = LoggerFactory.getLogger(VisaPermitEvents.class);

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;

    VisaPermitEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
        this.routes = inbox.routes().on(PermitEndedV1.TYPE, PermitEndedV1.class, (ended, event) -> permitEnded(ended))
                .build();
    }

    @KafkaListener(topics = "visa-permit-tracking.events", id = "return-reintegration.visa-permit-tracking-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private static boolean alreadyExists(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConcurrencyException || cause instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }

    private void permitEnded(PermitEndedV1 ended) {
        String returnCaseId = ReturnCaseIds.ofPermitApplication(ended.applicationId());
        try {
            commands.sendAndWait(new OpenReturnCaseOnPermitEnd(returnCaseId, PersonId.of(ended.personId()),
                    ended.applicationId(), ended.schemeId(), ended.employerId(), CountryCode.of(ended.originCountry()),
                    CountryCode.of(ended.destinationCountry()), ended.endReason(), LocalDate.parse(ended.endedOn())));
        } catch (RuntimeException e) {
            if (!alreadyExists(e)) {
                throw e;
            }
            // The case of this permit exists: a resend under another event id, or the handler ran before a crash.
            log.debug("return case {} of permit application {} is already open", returnCaseId, ended.applicationId());
        }
    }
}
