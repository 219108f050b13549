package org.corridor.matching.scheme.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.corridor.matching.candidate.adapter.CandidateIntake;
import org.corridor.matching.scheme.query.SchemeTerms;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reads skills-recognition's public events that employer-matching relies on: one route per event type, each
 * checked against this service's copy of its schema ({@code src/main/resources/contracts/consumed/}). The scheme's
 * terms are handled here; candidates' events by the candidate pool's intake, on the same listener, so that no type
 * this service reads is skipped by a listener that is not meant for it.
 */
@Component
class SkillsRecognitionEvents {

    private final IntegrationEventRoutes routes;
    private final SchemeTermsProjection schemes;

    SkillsRecognitionEvents(IntegrationEventInbox inbox, SchemeTermsProjection schemes, CandidateIntake candidates) {
        this.schemes = schemes;
        this.routes = candidates.routes(inbox.routes()
                        .on(SchemeDefinedV1.TYPE, SchemeDefinedV1.class, this::onSchemeTerms)
                        .on(SchemeDefinedV1.AMENDED, SchemeDefinedV1.class, this::onSchemeTerms)
                        .on(SchemeClosedV1.TYPE, SchemeClosedV1.class, this::onSchemeClosed))
                .build();
    }

    @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.skills-recognition-events")
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    /** A definition, or the full terms after an amendment: replaces the copy unless an older version. */
    private void onSchemeTerms(SchemeDefinedV1 scheme, ReceivedEvent event) {
        schemes.record(new SchemeTerms(scheme.schemeId(), scheme.name(), scheme.originCountry(),
                scheme.destinationCountry(),
                scheme.occupations().stream().map(o -> new SchemeTerms.OccupationTerms(o.iscoCode(), o.title(),
                        o.monthlyWageFloor().amount(), o.monthlyWageFloor().currency(),
                        o.requiredSkills() == null ? List.of() : o.requiredSkills().stream()
                                .map(s -> new SchemeTerms.RequiredSkill(s.skillCode(), s.label(), s.level())).toList()))
                        .toList(),
                scheme.quotas().stream().map(q -> new SchemeTerms.Quota(q.track(), q.places(), q.intakeYear()))
                        .toList(),
                scheme.benchmarkWages() == null ? List.of() : scheme.benchmarkWages().stream()
                        .map(b -> new SchemeTerms.BenchmarkWage(b.iscoCode(), b.region(), b.monthlyWage().amount(),
                                b.monthlyWage().currency())).toList(),
                scheme.administeringOrganisation(),
                scheme.amendment() == null ? null : new SchemeTerms.Amendment(scheme.amendment().reason(),
                        scheme.amendment().effectiveFrom()),
                false, null, event.aggregateVersion(), event.envelope().occurredAt()));
    }

    private void onSchemeClosed(SchemeClosedV1 closed, ReceivedEvent event) {
        schemes.close(closed.schemeId(), "closed on " + closed.closedOn() + ": " + closed.reason(),
                event.aggregateVersion());
    }
}
