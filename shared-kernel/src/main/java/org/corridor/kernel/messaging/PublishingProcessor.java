package org.corridor.kernel.messaging;

import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.DefaultEventProcessorSpanFactory;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.tracing.NoOpSpanFactory;

/**
 * The {@value IntegrationEventPublisher#PROCESSING_GROUP} processor: one tracking processor over the service's
 * event store, single-threaded (one segment keeps every aggregate's events in order), whose token only moves once
 * Kafka has acknowledged what it sent.
 *
 * <p>It stores its token after each batch, never before. Axon's default, whenever a transaction manager is present,
 * is to write the batch's last token at the start of the batch and count on the rollback of the transaction to
 * undo it; the Mongo token store takes no part in that transaction, so with it a failed batch would be skipped.
 * After the batch, the write happens in the unit of work's prepare-commit phase, which only starts once
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
                TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                        .andBatchSize(properties.publisherBatchSize())
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken);
        processing.registerEventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, (name, config, invoker) ->
                TrackingEventProcessor.builder()
                        .name(name)
                        .eventHandlerInvoker(invoker)
                        .rollbackConfiguration(config.eventProcessingConfiguration().rollbackConfiguration(name))
                        .errorHandler(config.eventProcessingConfiguration().errorHandler(name))
                        .messageMonitor(config.eventProcessingConfiguration()
                                .messageMonitor(TrackingEventProcessor.class, name))
                        .messageSource(config.eventStore())
                        .tokenStore(config.eventProcessingConfiguration().tokenStore(name))
                        .transactionManager(config.eventProcessingConfiguration().transactionManager(name))
                        .trackingEventProcessorConfiguration(configuration)
                        .spanFactory(config.getComponent(EventProcessorSpanFactory.class,
                                () -> DefaultEventProcessorSpanFactory.builder()
                                        .spanFactory(NoOpSpanFactory.INSTANCE).build()))
                        .storingTokensAfterProcessing()
                        .build());
        if (properties.acknowledgements() == MessagingProperties.Acknowledgements.PER_BATCH) {
            // Not a Spring bean: Axon's Spring Boot support puts every handler interceptor bean on every processor.
            AcknowledgementBarrier barrier = new AcknowledgementBarrier(properties.sendTimeout());
            processing.registerHandlerInterceptor(IntegrationEventPublisher.PROCESSING_GROUP, c -> barrier);
        }
    }
}
