package org.corridor.skills.certification.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.certification.api.CertifySkillsGainedAbroad;
import org.corridor.skills.certification.api.ClaimedSkill;
import org.corridor.skills.certification.api.StandardSkill;
import org.corridor.skills.scheme.query.SchemeQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads return-reintegration's requests to certify a returnee's skills gained abroad, and certifies them against the
 * training standard of the scheme's occupation (the terms in force today).
 */
@Component
class ReturnReintegrationEvents {

    private static final Logger log = LoggerFactory.getLogger(ReturnReintegrationEvents.class);

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;
    private final SchemeQueries schemes;

    ReturnReintegrationEvents(IntegrationEventInbox inbox, CommandGateway commands, SchemeQueries schemes) {
        this.commands = commands;
        this.schemes = schemes;
        this.routes = inbox.routes()
                .on(SkillsCertificationRequestedV1.TYPE, SkillsCertificationRequestedV1.class, this::onRequested)
                .build();
    }

    @KafkaListener(topics = "return-reintegration.events", id = "skills-recognition.return-reintegration-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void onRequested(SkillsCertificationRequestedV1 request, ReceivedEvent event) {
        List<StandardSkill> standard = request.schemeId() == null || request.iscoCode() == null ? List.of()
                : schemes.find(request.schemeId()).stream()
                .flatMap(scheme -> scheme.occupations().stream())
                .filter(o -> o.iscoCode().equals(request.iscoCode()))
                .flatMap(o -> o.requiredSkills().stream())
                .map(s -> new StandardSkill(s.skillCode(), s.label(), s.level()))
                .toList();
        try {
            commands.sendAndWait(new CertifySkillsGainedAbroad(request.requestId(), PersonId.of(request.personId()),
                    request.returnCaseId(), request.skills() == null ? List.of() : request.skills().stream()
                    .map(s -> new ClaimedSkill(s.skillCode(), s.label(), s.level())).toList(),
                    request.evidenceReferences(), standard, LocalDate.now(ZoneOffset.UTC)));
        } catch (AggregateStreamCreationException | ConcurrencyException answeredAlready) {
            log.info("Certification request {} was answered already", request.requestId());
        }
    }
}
