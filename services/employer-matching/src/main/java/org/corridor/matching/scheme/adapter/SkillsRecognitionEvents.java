package org.corridor.matching.scheme.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.matching.scheme.query.SchemeTerms;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Reads skills-recognition's public events that employer-matching relies on. */
@Component
class SkillsRecognitionEvents {

    private final IntegrationEventInbox inbox;
    private final SchemeTermsProjection schemes;

    SkillsRecognitionEvents(IntegrationEventInbox inbox, SchemeTermsProjection schemes) {
        this.inbox = inbox;
        this.schemes = schemes;
    }

    @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.skills-recognition-events")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> {
            if (SchemeDefinedV1.TYPE.equals(event.type())) {
                SchemeDefinedV1 scheme = event.payloadAs(SchemeDefinedV1.class);
                schemes.record(new SchemeTerms(scheme.schemeId(), scheme.name(), scheme.originCountry(),
                        scheme.destinationCountry(),
                        scheme.occupations().stream().map(o -> new SchemeTerms.OccupationTerms(o.iscoCode(),
                                o.title(), o.monthlyWageFloor().amount(), o.monthlyWageFloor().currency())).toList(),
                        scheme.quotas().stream().map(q -> new SchemeTerms.Quota(q.track(), q.places())).toList(),
                        event.envelope().aggregateVersion(), event.envelope().occurredAt()));
            }
        });
    }
}
