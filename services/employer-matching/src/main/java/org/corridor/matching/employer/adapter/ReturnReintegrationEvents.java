package org.corridor.matching.employer.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.matching.employer.api.LiftSuspension;
import org.corridor.matching.employer.api.SuspendEmployer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;


/** Substantiated grievances suspend an employer; their resolution lifts the suspension. */
@Component
class ReturnReintegrationEvents {

    private static final Logger log = LoggerFactory.getLogger(ReturnReintegrationEvents.class);

    private final CommandGateway commands;
    private final IntegrationEventRoutes routes;

    ReturnReintegrationEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
        this.routes = inbox.routes()
                .on(GrievanceSubstantiatedV1.TYPE, GrievanceSubstantiatedV1.class, this::substantiated)
                .on(GrievanceResolvedV1.TYPE, GrievanceResolvedV1.class, this::resolved)
                .build();
    }

    @KafkaListener(topics = "return-reintegration.events", id = "employer-matching.grievances")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void substantiated(GrievanceSubstantiatedV1 grievance, ReceivedEvent event) {
        commands.sendAndWait(new SuspendEmployer(grievance.employerId(), grievance.grievanceId(), grievance.kind(),
                grievance.substantiatedOn()));
    }

    private void resolved(GrievanceResolvedV1 grievance, ReceivedEvent event) {
        try {
            commands.sendAndWait(new LiftSuspension(grievance.employerId(), grievance.grievanceId(),
                    grievance.resolution(), grievance.resolvedOn()));
        } catch (AggregateNotFoundException noSuspension) {
            log.info("grievance {} resolved for employer {}, who was never suspended here", grievance.grievanceId(),
                    grievance.employerId());
        }
    }
}
