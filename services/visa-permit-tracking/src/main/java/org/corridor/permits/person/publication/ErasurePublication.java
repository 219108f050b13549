package org.corridor.permits.person.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.permits.person.api.ErasureEvents.ErasureAnswered;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Answers each erasure request on {@code visa-permit-tracking.events}, keyed by the person's id, from the answer
 * recorded in the person's erasure: what was erased where, or what a hold keeps and until when. No personal data.
 * Never replayed.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ErasurePublication {

    static final String ERASED = "visa-permit-tracking.personal-data-erased.v1";

    private final IntegrationEventPublisher publisher;

    ErasurePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(ErasureAnswered answer, EventMessage<?> message) {
        publisher.publish(message, ERASED, new PersonalDataErasedV1(answer.erasureId(), answer.personId(),
                message.getTimestamp(), answer.outcome().name(),
                answer.items().stream().map(item -> new Item(item.store().name(), item.description(),
                        item.action().name())).toList(),
                answer.holds().stream().map(hold -> new Hold(hold.rule(), hold.kept(), hold.until())).toList()));
    }

    /** Public contract {@code visa-permit-tracking.personal-data-erased.v1} (contracts/events). */
    record PersonalDataErasedV1(String erasureId, String personId, Instant erasedAt, String outcome, List<Item> items,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Hold> holds) {
    }

    record Item(String store, String description, String action) {
    }

    record Hold(String rule, String kept, String until) {
    }
}
