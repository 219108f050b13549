package org.corridor.kernel.messaging;

import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A publishing group made only of handlers that disallow replay cannot be reset at all: nothing is republished. */
class PublisherResetRefusalTest {

    @Test
    void a_publisher_whose_handlers_all_disallow_replay_refuses_a_token_reset() {
        Configuration configuration = DefaultConfigurer.defaultConfiguration()
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing
                        .registerTrackingEventProcessor(IntegrationEventPublisher.PROCESSING_GROUP)
                        .registerEventHandler(c -> new OnlyLivePublication()))
                .buildConfiguration();
        configuration.start();
        try {
            TrackingEventProcessor publisher = configuration.eventProcessingConfiguration()
                    .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                    .orElseThrow();
            publisher.shutDown();
            assertThatThrownBy(publisher::resetTokens)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("do not support a reset");
        } finally {
            configuration.shutdown();
        }
    }

    @ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
    static class OnlyLivePublication {
        @EventHandler
        @DisallowReplay
        void on(String event) {
            // would publish
        }
    }
}
