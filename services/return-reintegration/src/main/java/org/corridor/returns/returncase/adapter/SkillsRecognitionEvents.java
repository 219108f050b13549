package org.corridor.returns.returncase.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.returns.returncase.api.RecordCertificationOutcome;
import org.corridor.returns.returncase.api.Skill;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** Skills-recognition's answers to the certification requests of return cases. */
@Component
class SkillsRecognitionEvents {

    private final IntegrationEventRoutes routes;
    private final CommandGateway commands;

    SkillsRecognitionEvents(IntegrationEventInbox inbox, CommandGateway commands) {
        this.commands = commands;
        this.routes = inbox.routes()
                .on(SkillsCertifiedV1.TYPE, SkillsCertifiedV1.class, (answer, event) -> certified(answer))
                .build();
    }

    @KafkaListener(topics = "skills-recognition.events", id = "return-reintegration.skills-recognition-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void certified(SkillsCertifiedV1 answer) {
        // The aggregate ignores a second answer to the same request, so a resend changes nothing.
        commands.sendAndWait(new RecordCertificationOutcome(answer.returnCaseId(), answer.requestId(),
                answer.outcome(),
                answer.certifiedSkills() == null ? List.of() : answer.certifiedSkills().stream()
                        .map(s -> new Skill(s.skillCode(), s.label(), s.level())).toList(),
                answer.reasons() == null ? List.of() : answer.reasons(), LocalDate.parse(answer.decidedOn())));
    }
}
