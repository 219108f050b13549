package org.corridor.kernel.eventstore;

import org.axonframework.common.caching.Cache;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Picks the event store engine from {@code corridor.event-store.engine}: {@code jdbc} (default) or {@code mongo}, and
 * offers aggregates two things they opt into by name:
 * <pre>
 * &#64;Aggregate(cache = EventStoreAutoConfiguration.AGGREGATE_CACHE,
 *            snapshotTriggerDefinition = EventStoreAutoConfiguration.SNAPSHOT_TRIGGER)
 * </pre>
 * An aggregate that opts into snapshots must be serializable by Jackson (fields visible to it, a no-argument
 * constructor): snapshots use the general serializer.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
@Import({JdbcEventStoreConfiguration.class, MongoEventStoreConfiguration.class})
public class EventStoreAutoConfiguration {

    /** A bounded cache of loaded aggregates with strong references, shared by the aggregates that name it. */
    public static final String AGGREGATE_CACHE = "aggregateCache";

    /** Snapshots an aggregate every {@code corridor.event-store.snapshot-threshold} events. */
    public static final String SNAPSHOT_TRIGGER = "snapshotTrigger";

    /**
     * Axon's own {@code WeakReferenceCache} loses its entries at every garbage collection; a strong, bounded cache
     * keeps hot aggregates loaded (about ten times the update rate of no cache, measured on the wire server; ADR 2).
     */
    @Bean(AGGREGATE_CACHE)
    @ConditionalOnMissingBean(name = AGGREGATE_CACHE)
    Cache aggregateCache(EventStoreProperties properties) {
        return new BoundedCache(properties.aggregateCacheSize());
    }

    /**
     * Every processor that is not configured otherwise is a tracking processor built by {@link TrackingProcessors}:
     * batches of {@code corridor.event-store.processor-batch-size}, its token stored after each batch.
     */
    @Bean
    ConfigurerModule trackingProcessorDefaults(EventStoreProperties properties) {
        TrackingEventProcessorConfiguration settings = TrackingProcessors.singleThreaded(properties.processorBatchSize());
        return configurer -> configurer.eventProcessing(processing -> processing.registerEventProcessorFactory(
                (name, config, invoker) -> TrackingProcessors.build(name, config, invoker, settings)));
    }

    @Bean(SNAPSHOT_TRIGGER)
    @ConditionalOnMissingBean(name = SNAPSHOT_TRIGGER)
    SnapshotTriggerDefinition snapshotTrigger(Snapshotter snapshotter, EventStoreProperties properties) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, properties.snapshotThreshold());
    }
}
