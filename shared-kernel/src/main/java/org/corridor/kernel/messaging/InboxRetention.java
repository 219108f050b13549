package org.corridor.kernel.messaging;

import com.mongodb.MongoCommandException;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the inbox's record of processed event ids ({@value IntegrationEventInbox#PROCESSED_EVENTS}) from growing
 * for ever: an id is forgotten {@code corridor.messaging.inbox-retention} after it was processed, longer than any
 * record stays on a topic. Two mechanisms, because the embedded wire server enforces neither TTL nor secondary
 * indexes (see docs/adr/0004-integration-events.md):
 * <ul>
 *   <li>a TTL index on {@code processedAt}, by which real MongoDB deletes expired ids itself (its TTL monitor runs
 *       every 60 s); created, or its expiry changed with {@code collMod}, on the first run;</li>
 *   <li>a purge, every {@code corridor.messaging.inbox-purge-interval}, deleting ids processed before
 *       {@code now - inbox-retention}: the only deletion on the wire server (a scan of a collection that holds
 *       at most one retention's worth of ids), and on real MongoDB a range read of the TTL index that finds
 *       little or nothing.</li>
 * </ul>
 * Both run on one background thread of their own, never on a listener's; a failure is logged and tried again at
 * the next interval.
 */
class InboxRetention implements SmartLifecycle {

    static final String TTL_INDEX = "processedAt-ttl";
    private static final int INDEX_OPTIONS_CONFLICT = 85;
    private static final Logger log = LoggerFactory.getLogger(InboxRetention.class);

    private final MongoTemplate mongo;
    private final Duration retention;
    private final Duration interval;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean indexed;

    InboxRetention(MongoTemplate mongo, Duration retention, Duration interval, Clock clock) {
        this.mongo = mongo;
        this.retention = retention;
        this.interval = interval;
        this.clock = clock;
    }

    /** Deletes the ids processed before {@code now - retention}; returns how many. */
    long purge() {
        Instant cutoff = clock.instant().minus(retention);
        long deleted = mongo.remove(Query.query(Criteria.where("processedAt").lt(cutoff)),
                IntegrationEventInbox.PROCESSED_EVENTS).getDeletedCount();
        if (deleted > 0) {
            log.info("forgot {} processed integration event ids older than {}", deleted, cutoff);
        }
        return deleted;
    }

    /** Creates the TTL index, or sets its expiry when it exists with another one (the retention changed). */
    void ensureTtlIndex() {
        Index ttl = new Index().on("processedAt", Sort.Direction.ASC).named(TTL_INDEX).expire(retention);
        try {
            mongo.indexOps(IntegrationEventInbox.PROCESSED_EVENTS).ensureIndex(ttl);
        } catch (RuntimeException e) {
            if (!(e.getCause() instanceof MongoCommandException command)
                    || command.getErrorCode() != INDEX_OPTIONS_CONFLICT) {
                throw e;
            }
            mongo.executeCommand(new Document("collMod", IntegrationEventInbox.PROCESSED_EVENTS)
                    .append("index", new Document("name", TTL_INDEX)
                            .append("expireAfterSeconds", retention.toSeconds())));
        }
        indexed = true;
    }

    private void run() {
        try {
            if (!indexed) {
                ensureTtlIndex();
            }
            purge();
        } catch (RuntimeException e) {
            log.warn("could not purge the inbox's processed event ids; trying again in {}", interval, e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "inbox-retention");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService started = scheduler;
        scheduler = null;
        if (started != null) {
            started.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
