package org.corridor.kernel.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DefaultEventProcessorSpanFactory;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.tracing.NoOpSpanFactory;

/**
 * How the platform builds a tracking processor over the service's event store: every projection gets one by default
 * (one segment, {@code corridor.event-store.processor-batch-size} events per transaction), and the integration
 * publisher builds its own here with settings of its own.
 *
 * <p><b>Batches.</b> Axon's default batch of one event costs a transaction, a token write and, on H2, a file commit
 * per event and per processor, which is most of what a projection spends (docs/benchmarks.md). A batch only ever
 * holds events already stored, so a larger one adds no waiting when load is light; under load it turns many token
 * writes into one. A batch that fails is handled again from its first event, so projections must be idempotent
 * (writes keyed by id, or guarded by the aggregate's version), as a replay already requires.
 *
 * <p><b>Tokens after processing.</b> Whenever a transaction manager is present, Axon's default writes the batch's
 * last token when the batch starts and counts on the transaction's rollback to undo it should a handler fail. A
 * token store that takes no part in that transaction (the Mongo one, should a service add a Spring transaction
 * manager) would then skip a failed batch. Every processor stores its token once the batch is handled, in the unit
 * of work's prepare-commit phase, so a failed batch is always handled again, whatever the engine.
 */
public final class TrackingProcessors {

    private TrackingProcessors() {
    }

    /** The tracking processor configuration a projection gets unless it is configured otherwise. */
    static TrackingEventProcessorConfiguration projectionDefaults(EventStoreProperties properties) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(properties.processorBatchSize());
    }

    /** A tracking processor on the service's event store, token store and transaction manager, as Axon would build it. */
    public static TrackingEventProcessor build(String name, Configuration config, EventHandlerInvoker invoker,
                                               TrackingEventProcessorConfiguration settings) {
        EventProcessingConfiguration processing = config.eventProcessingConfiguration();
        return TrackingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(invoker)
                .rollbackConfiguration(processing.rollbackConfiguration(name))
                .errorHandler(processing.errorHandler(name))
                .messageMonitor(processing.messageMonitor(TrackingEventProcessor.class, name))
                .messageSource(config.eventStore())
                .tokenStore(processing.tokenStore(name))
                .transactionManager(processing.transactionManager(name))
                .trackingEventProcessorConfiguration(settings)
                .spanFactory(config.getComponent(EventProcessorSpanFactory.class,
                        () -> DefaultEventProcessorSpanFactory.builder().spanFactory(NoOpSpanFactory.INSTANCE).build()))
                .storingTokensAfterProcessing()
                .build();
    }
}
