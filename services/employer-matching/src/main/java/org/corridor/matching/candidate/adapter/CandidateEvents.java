package org.corridor.matching.candidate.adapter;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;
import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Keeps the candidate pool current from skills-recognition's candidate events. Its own consumer group on that
 * topic: the scheme terms are read by another listener, and each group handles each event once.
 */
@Component
class CandidateEvents {

    private final IntegrationEventInbox inbox;
    private final CandidatePool pool;
    private final Map<String, Consumer<ReceivedEvent>> handlers;

    CandidateEvents(IntegrationEventInbox inbox, CandidatePool pool) {
        this.inbox = inbox;
        this.pool = pool;
        this.handlers = Map.of(
                CandidateAvailableV1.TYPE, this::available,
                CandidateWithdrawnV1.TYPE, this::withdrawn);
    }

    @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.candidate-pool")
    void on(ConsumerRecord<String, String> record) {
        inbox.receive(record, event -> handlers.getOrDefault(event.type(), ignored -> { }).accept(event));
    }

    private void available(ReceivedEvent event) {
        CandidateAvailableV1 candidate = event.payloadAs(CandidateAvailableV1.class);
        pool.available(new CandidateProfile(candidate.personId(), candidate.schemeId(), candidate.iscoCode(),
                candidate.skills().stream().collect(Collectors.toMap(CandidateAvailableV1.Skill::skillCode,
                        CandidateAvailableV1.Skill::level, Math::max)),
                candidate.languages().stream().collect(Collectors.toMap(CandidateAvailableV1.Language::language,
                        l -> CefrLevel.of(l.level()), (a, b) -> a.compareTo(b) >= 0 ? a : b)),
                CandidateProfile.Recognition.valueOf(candidate.recognition()), candidate.availableFrom()),
                event.aggregateVersion());
    }

    private void withdrawn(ReceivedEvent event) {
        CandidateWithdrawnV1 withdrawal = event.payloadAs(CandidateWithdrawnV1.class);
        pool.withdrawn(withdrawal.personId(), withdrawal.schemeId(), withdrawal.reason(), event.aggregateVersion());
    }
}
