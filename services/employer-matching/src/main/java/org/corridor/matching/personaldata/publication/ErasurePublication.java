package org.corridor.matching.personaldata.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.matching.personaldata.api.ErasureAnswer;
import org.corridor.matching.personaldata.api.ErasureAnswered;
import org.springframework.stereotype.Component;

import java.util.List;

/** Answers the identity service's erasure request: {@code employer-matching.personal-data-erased.v1}, keyed by erasure. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ErasurePublication {

    static final String PERSONAL_DATA_ERASED = "employer-matching.personal-data-erased.v1";

    private final IntegrationEventPublisher publisher;

    ErasurePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    record ItemV1(String store, String description, String action) {
    }

    record HoldV1(String rule, String kept, String until) {
    }

    record PersonalDataErasedV1(String erasureId, String personId, String erasedAt, String outcome, List<ItemV1> items,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<HoldV1> holds) {
    }

    @EventHandler
    @DisallowReplay
    void on(ErasureAnswered event, EventMessage<?> message) {
        ErasureAnswer answer = event.answer();
        publisher.publish(message, PERSONAL_DATA_ERASED, new PersonalDataErasedV1(event.erasureId(), event.personId(),
                event.erasedAt().toString(), answer.outcome().name(),
                answer.items().stream().map(i -> new ItemV1(i.store().name(), i.description(), i.action().name()))
                        .toList(),
                answer.holds().stream().map(h -> new HoldV1(h.rule(), h.kept(), h.until())).toList()));
    }
}
