package org.corridor.kernel.messaging.sample;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** Publishes dossier events as {@code messaging-test.dossier-opened.v1} and {@code messaging-test.dossier-amended.v1}. */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class DossierPublication {

    public static final String OPENED = "messaging-test.dossier-opened.v1";
    public static final String AMENDED = "messaging-test.dossier-amended.v1";

    private final IntegrationEventPublisher publisher;
    private final AtomicInteger invocations = new AtomicInteger();

    DossierPublication(IntegrationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventHandler
    @DisallowReplay
    void on(DossierOpened event, EventMessage<?> message) {
        invocations.incrementAndGet();
        publisher.publish(message, OPENED, new DossierV1(event.dossierId(), event.title()));
    }

    @EventHandler
    @DisallowReplay
    void on(DossierAmended event, EventMessage<?> message) {
        invocations.incrementAndGet();
        publisher.publish(message, AMENDED, new DossierV1(event.dossierId(), event.title()));
    }

    /** How many times a publishing handler ran (tests: a replay must not run them). */
    public int invocations() {
        return invocations.get();
    }

    public record DossierV1(String dossierId, String title) {
    }
}
