package org.corridor.kernel.messaging;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.corridor.kernel.eventstore.TrackingProcessors;

/**
 * The {@value IntegrationEventPublisher#PROCESSING_GROUP} processor: one tracking processor over the service's
 * event store, single-threaded (one segment keeps every aggregate's events in order), whose token only moves once
 * Kafka has acknowledged what it sent.
 *
 * <p>It stores its token after each batch, never before, as every processor of the platform does
 * ({@link TrackingProcessors}): the write happens in the unit of work's prepare-commit phase, which only starts once
 * {@link AcknowledgementBarrier} has seen every send acknowledged.
 *
 * <p>On its first start it reads the event store from the beginning. Axon's default first token marks everything
 * already stored as a replay, which the publishing handlers ({@code @DisallowReplay}) skip: events stored before
 * the publisher first ran (an existing store, a lost token, a command that won the race against the processor's
 * start) would never be published.
 */
final class PublishingProcessor {

    private PublishingProcessor() {
    }

    static void register(EventProcessingConfigurer processing, MessagingProperties properties) {
        TrackingEventProcessorConfiguration configuration =
                TrackingProcessors.singleThreaded(properties.publisherBatchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken);
        processing.registerEventProcessor(IntegrationEventPublisher.PROCESSING_GROUP,
                (name, config, invoker) -> TrackingProcessors.build(name, config, invoker, configuration));
        if (properties.acknowledgements() == MessagingProperties.Acknowledgements.PER_BATCH) {
            // Not a Spring bean: Axon's Spring Boot support puts every handler interceptor bean on every processor.
            AcknowledgementBarrier barrier = new AcknowledgementBarrier(properties.sendTimeout());
            processing.registerHandlerInterceptor(IntegrationEventPublisher.PROCESSING_GROUP, c -> barrier);
        }
    }
}
