package org.corridor.kernel.messaging.sample;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A replayable handler in the publishing group, so that the group's token can be reset at all (Axon refuses a
 * reset when every handler of a processor disallows replay) and the tests can see what a reset does to the
 * publishing handlers beside it.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class PublicationLedger {

    private final AtomicInteger seen = new AtomicInteger();
    private final AtomicInteger resets = new AtomicInteger();

    @EventHandler
    void on(DossierOpened event) {
        seen.incrementAndGet();
    }

    @ResetHandler
    void reset() {
        resets.incrementAndGet();
    }

    public int seen() {
        return seen.get();
    }

    public int resets() {
        return resets.get();
    }
}
