package org.corridor.kernel.eventstore;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Where a service keeps its events, tokens and sagas.
 *
 * @param engine         {@code jdbc}: Axon's JDBC engine on the configured DataSource (an H2 file in embedded mode);
 *                       {@code mongo}: Axon's Mongo extension on the configured MongoDB (production)
 * @param nodeId         the name this instance claims processor segments under; must be stable across restarts of
 *                       one instance (so it reclaims its own segments at once) and unique between instances
 * @param claimTimeout   how long a claim survives without being extended before another node may take it over
 * @param batchSize      events read per query when loading aggregates and tracking
 * @param mongoLookBack  how far back in time the Mongo engine re-reads when tracking, to pick up events that were
 *                       committed after later ones (see docs/adr); a correctness setting, not a tuning knob
 */
@ConfigurationProperties("corridor.event-store")
public record EventStoreProperties(Engine engine, String nodeId, Duration claimTimeout, Integer batchSize,
                                   Duration mongoLookBack) {

    public enum Engine { JDBC, MONGO }

    public EventStoreProperties {
        engine = engine == null ? Engine.JDBC : engine;
        if (nodeId == null || nodeId.isBlank()) {
            throw new IllegalArgumentException("corridor.event-store.node-id must name this instance");
        }
        claimTimeout = claimTimeout == null ? Duration.ofSeconds(10) : claimTimeout;
        batchSize = batchSize == null ? 500 : batchSize;
        mongoLookBack = mongoLookBack == null ? Duration.ofSeconds(10) : mongoLookBack;
    }
}
