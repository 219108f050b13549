package org.corridor.matching.scheme.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.matching.scheme.query.SchemeTerms;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads skills-recognition's public events that employer-matching relies on: one route per event type, each
 * checked against this service's copy of its schema ({@code src/main/resources/contracts/consumed/}).
 */
@Component
class SkillsRecognitionEvents {

    private final IntegrationEventRoutes routes;
    private final SchemeTermsProjection schemes;

    SkillsRecognitionEvents(IntegrationEventInbox inbox, SchemeTermsProjection schemes) {
        this.schemes = schemes;
        this.routes = inbox.routes()
                .on(SchemeDefinedV1.TYPE, SchemeDefinedV1.class, this::onSchemeDefined)
                .build();
    }

    @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.skills-recognition-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    private void onSchemeDefined(SchemeDefinedV1 scheme, ReceivedEvent event) {
        schemes.record(new SchemeTerms(scheme.schemeId(), scheme.name(), scheme.originCountry(),
                scheme.destinationCountry(),
                scheme.occupations().stream().map(o -> new SchemeTerms.OccupationTerms(o.iscoCode(),
                        o.title(), o.monthlyWageFloor().amount(), o.monthlyWageFloor().currency())).toList(),
                scheme.quotas().stream().map(q -> new SchemeTerms.Quota(q.track(), q.places())).toList(),
                event.aggregateVersion(), event.envelope().occurredAt()));
    }
}
