package org.corridor.kernel.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DefaultEventProcessorSpanFactory;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessorSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.tracing.NoOpSpanFactory;

import java.util.concurrent.TimeUnit;

/**
 * How the platform builds a tracking processor over the service's event store: every projection gets one by default
 * (one segment, {@code corridor.event-store.processor-batch-size} events per transaction), and the integration
 * publisher builds its own here with settings of its own.
 *
 * <p><b>Batches.</b> Axon's default batch of one event costs a transaction, a token write and, on H2, a file commit
 * per event and per processor, including the processors with no handler for the event. A batch only ever holds
 * events already stored, so a larger one adds no waiting when load is light; under load it turns many token writes
 * into one. A batch that fails is handled again from its first event, so projections must be idempotent (writes
 * keyed by id, or guarded by the aggregate's version), as a replay already requires.
 *
 * <p><b>Tokens after processing.</b> Whenever a transaction manager is present, Axon's default writes the batch's
 * last token when the batch starts and counts on the transaction's rollback to undo it should a handler fail. A
 * token store that takes no part in that transaction (the Mongo one, should a service add a Spring transaction
 * manager) would then skip a failed batch. Every processor stores its token once the batch is handled, in the unit
 * of work's prepare-commit phase, so a failed batch is always handled again, whatever the engine.
 *
 * <p><b>Waits of {@value #EVENT_WAIT_MILLIS} ms.</b> A processor waits this long for the next event before it
 * extends its claim and asks again (Axon's default: one second). Axon's embedded event store serves its processors
 * from one shared read-ahead and finds a processor's place in it by token equality, gaps included. A processor
 * whose token is not found there (after reading on its own through a backlog, its gaps can differ from the
 * read-ahead's) reads on its own, and may then see an event only when its wait ends. That is how the Axon 4.12.2
 * sources read; what was measured is the effect of the shorter wait. With one-second waits, the projection and
 * publication lag at 300,000 events had one-second stalls (p99 1.16 s and 917 ms at a steady 200 commands/s); with
 * these, p99 88-148 ms and 53-79 ms in two runs (docs/adr/0009-tracking-at-scale.md). The cost is a claim extension
 * per processor five times a second when idle.
 */
public final class TrackingProcessors {

    /** How long a processor waits for the next event before it extends its claim and asks again. */
    public static final long EVENT_WAIT_MILLIS = 200;

    private TrackingProcessors() {
    }

    /** The platform's settings of a single-threaded tracking processor, with batches of {@code batchSize}. */
    public static TrackingEventProcessorConfiguration singleThreaded(int batchSize) {
        return TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                .andBatchSize(batchSize)
                .andEventAvailabilityTimeout(EVENT_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** A tracking processor on the service's event store, token store and transaction manager, as Axon builds one. */
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
