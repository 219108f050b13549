package org.corridor.matching.employer.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.matching.employer.api.LiftSuspension;
import org.corridor.matching.employer.api.SuspendEmployer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Consumer;

/** Substantiated grievances suspend an employer; their resolution lifts the suspension. */
@Component
class ReturnReintegrationEvents {

    private static final Logger log = LoggerFactory.getLogger(ReturnReintegrationEvents.class);

    private final IntegrationEventInbox inbox;
    private final CommandGateway commands;
    private final Map<String, Consumer<ReceivedEvent>> handlers;

    ReturnReintegrationEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.inbox = inbox;
        this.commands = commands;
        this.handlers = Map.of(
                GrievanceSubstantiatedV1.TYPE, event -> substantiated(event.payloadAs(GrievanceSubstantiatedV1.class)),
                GrievanceResolvedV1.TYPE, event -> resolved(event.payloadAs(GrievanceResolvedV1.class)));
    }

    @KafkaListener(topics = "return-reintegration.events", id = "employer-matching.grievances")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> handlers.getOrDefault(event.type(), ignored -> { }).accept(event));
    }

    private void substantiated(GrievanceSubstantiatedV1 grievance) {
        commands.sendAndWait(new SuspendEmployer(grievance.employerId(), grievance.grievanceId(), grievance.kind(),
                grievance.substantiatedOn()));
    }

    private void resolved(GrievanceResolvedV1 grievance) {
        try {
            commands.sendAndWait(new LiftSuspension(grievance.employerId(), grievance.grievanceId(),
                    grievance.resolution(), grievance.resolvedOn()));
        } catch (AggregateNotFoundException noSuspension) {
            log.info("grievance {} resolved for employer {}, who was never suspended here", grievance.grievanceId(),
                    grievance.employerId());
        }
    }
}
