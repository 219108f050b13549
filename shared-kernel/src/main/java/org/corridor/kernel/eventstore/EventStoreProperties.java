package org.corridor.kernel.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where a service keeps its events, tokens and sagas, and the windows that decide whether a late commit still
 * reaches tracking processors (docs/adr/0003-tracking-late-commits.md).
 *
 * @param engine             {@code jdbc}: Axon's JDBC engine on the configured DataSource (an H2 file in embedded
 *                           mode); {@code mongo}: Axon's Mongo extension on the service's MongoDB database
 * @param nodeId             the name this instance claims processor segments under; must be stable across restarts
 *                           of one instance (so it reclaims its own segments at once) and unique between instances
 * @param claimTimeout       how long a claim survives without being extended before another node may take it over
 * @param batchSize          events read per query when loading aggregates and tracking
 * @param mongoLookBack      how far back in time the Mongo engine re-reads when tracking, to pick up events committed
 *                           after later ones (default 30 s); a correctness setting, not a tuning knob
 * @param gapTimeout         JDBC engine: how long a hole in the global sequence is waited for before it is taken to
 *                           be a rolled-back transaction (default 120 s); a correctness setting
 * @param maxGapOffset       JDBC engine: how many positions behind the newest tracked event a hole is still waited
 *                           for (default 100,000); a correctness setting
 * @param snapshotThreshold  a snapshot is taken each time this many events were applied to an aggregate since it
 *                           was loaded or last snapshotted (only for aggregates that name the
 *                           {@value EventStoreAutoConfiguration#SNAPSHOT_TRIGGER} trigger; default 100)
 * @param aggregateCacheSize aggregates kept in the {@value EventStoreAutoConfiguration#AGGREGATE_CACHE} cache (default
 *                           10,000)
 * @param processorBatchSize most events a projection's tracking processor handles in one transaction (default 100;
 *                           see {@link TrackingProcessors})
 */
@ConfigurationProperties("corridor.event-store")
public record EventStoreProperties(Engine engine, String nodeId, Duration claimTimeout, Integer batchSize,
                                   Duration mongoLookBack, Duration gapTimeout, Integer maxGapOffset,
                                   Integer snapshotThreshold, Integer aggregateCacheSize, Integer processorBatchSize) {

    public enum Engine { JDBC, MONGO }

    public EventStoreProperties {
        engine = engine == null ? Engine.JDBC : engine;
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("corridor.event-store.node-id must name this instance");
        }
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        batchSize = batchSize == null ? 500 : batchSize;
        mongoLookBack = mongoLookBack == null ? Duration.ofSeconds(30) : mongoLookBack;
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(120) : gapTimeout;
        maxGapOffset = maxGapOffset == null ? 100_000 : maxGapOffset;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        aggregateCacheSize = aggregateCacheSize == null ? 10_000 : aggregateCacheSize;
        processorBatchSize = processorBatchSize == null ? 100 : processorBatchSize;
        if (processorBatchSize < 1) {
            throw new IllegalArgumentException("corridor.event-store.processor-batch-size must be at least 1");
        }
        if (gapTimeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("corridor.event-store.gap-timeout is too long: " + gapTimeout);
        }
    }
}
