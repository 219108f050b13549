package org.corridor.returns.erasure.publication;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.returns.erasure.api.NothingHeldAboutPerson;
import org.corridor.returns.erasure.api.PersonErased;
import org.corridor.returns.erasure.api.PersonErasureHeld;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Answers identity's erasure requests from the recorded answers, keyed by the person id (the erasure's aggregate):
 * ERASED, NOTHING_HELD, or HELD and later ERASED when the hold ends. Never replayed: a reset must not send receipts
 * again.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
class ErasurePublication {

    private final IntegrationEventPublisher publisher;

    ErasurePublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(PersonErased event, EventMessage<?> message) {
        publisher.publish(message, PersonalDataErasedV1.TYPE, new PersonalDataErasedV1(event.erasureId(),
                event.personId(), event.erasedAt().toString(), "ERASED",
                event.items().stream().map(PersonalDataErasedV1.Item::of).toList(), null));
    }

    @EventHandler
    @DisallowReplay
    void on(PersonErasureHeld event, EventMessage<?> message) {
        publisher.publish(message, PersonalDataErasedV1.TYPE, new PersonalDataErasedV1(event.erasureId(),
                event.personId(), event.heldAt().toString(), "HELD", List.of(),
                event.holds().stream().map(PersonalDataErasedV1.HoldV1::of).toList()));
    }

    @EventHandler
    @DisallowReplay
    void on(NothingHeldAboutPerson event, EventMessage<?> message) {
        publisher.publish(message, PersonalDataErasedV1.TYPE, new PersonalDataErasedV1(event.erasureId(),
                event.personId(), event.answeredAt().toString(), "NOTHING_HELD", List.of(), null));
    }
}
