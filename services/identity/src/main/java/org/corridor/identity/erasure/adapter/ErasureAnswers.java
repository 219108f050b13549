package org.corridor.identity.erasure.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.corridor.identity.erasure.Erasures;
import org.corridor.identity.erasure.api.Answer;
import org.corridor.identity.erasure.api.AnswerForAnotherPerson;
import org.corridor.identity.erasure.api.ErasedItem;
import org.corridor.identity.erasure.api.Hold;
import org.corridor.identity.erasure.api.Outcome;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The services' answers to erasure requests, one route per service's {@code personal-data-erased.v1}, read through
 * the kernel's inbox (schema check, idempotent by event id, DLT). Each becomes a line of the person's receipt.
 */
@Component
class ErasureAnswers {

    static final String SKILLS_RECOGNITION = "skills-recognition";
    static final String EMPLOYER_MATCHING = "employer-matching";
    static final String VISA_PERMIT_TRACKING = "visa-permit-tracking";
    static final String RETURN_REINTEGRATION = "return-reintegration";

    private static final Logger log = LoggerFactory.getLogger(ErasureAnswers.class);

    private final IntegrationEventRoutes routes;
    private final Erasures erasures;

    ErasureAnswers(IntegrationEventInbox inbox, Erasures erasures) {
        this.erasures = erasures;
        this.routes = inbox.routes()
                .on(type(SKILLS_RECOGNITION), PersonalDataErasedV1.class,
                        (answer, event) -> answered(SKILLS_RECOGNITION, answer, event))
                .on(type(EMPLOYER_MATCHING), PersonalDataErasedV1.class,
                        (answer, event) -> answered(EMPLOYER_MATCHING, answer, event))
                .on(type(VISA_PERMIT_TRACKING), PersonalDataErasedV1.class,
                        (answer, event) -> answered(VISA_PERMIT_TRACKING, answer, event))
                .on(type(RETURN_REINTEGRATION), PersonalDataErasedV1.class,
                        (answer, event) -> answered(RETURN_REINTEGRATION, answer, event))
                .build();
    }

    static String type(String service) {
        return service + ".personal-data-erased.v1";
    }

    @KafkaListener(topics = {"skills-recognition.events", "employer-matching.events", "visa-permit-tracking.events",
            "return-reintegration.events"}, id = "identity.erasure-answers")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void answered(String service, PersonalDataErasedV1 answer, ReceivedEvent event) {
        List<ErasedItem> items = answer.items() == null ? List.of() : answer.items().stream()
                .map(item -> new ErasedItem(item.store(), item.description(), item.action())).toList();
        List<Hold> holds = answer.holds() == null ? List.of() : answer.holds().stream()
                .map(hold -> new Hold(hold.rule(), hold.kept(), hold.until())).toList();
        try {
            erasures.answered(answer.erasureId(), answer.personId(), service,
                    new Answer(Outcome.valueOf(answer.outcome()), answer.erasedAt(), items, holds));
        } catch (AggregateNotFoundException unknown) {
            log.info("{} answered erasure {}, which was not asked for here; nothing to record ({})", service,
                    answer.erasureId(), event.eventId());
        } catch (AnswerForAnotherPerson mismatch) {
            log.warn("{}; not recorded ({})", mismatch.getMessage(), event.eventId());
        }
    }
}
