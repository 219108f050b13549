package org.corridor.permits.application.adapter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Work for the immigration system kept in one collection of documents by application id, each due at
 * {@code nextAttemptAt} and held by at most one instance until {@code leaseUntil}: taken with {@code findAndModify}, so
 * of two replicas one sends, and after a crash the lease runs out and the work is taken up again.
 */
final class LeasedQueue<T> {

    private static final Logger log = LoggerFactory.getLogger(LeasedQueue.class);

    private final MongoTemplate mongo;
    private final Class<T> type;
    private final Function<T, String> idOf;

    LeasedQueue(MongoTemplate mongo, Class<T> type, Function<T, String> idOf) {
        this.mongo = mongo;
        this.type = type;
        this.idOf = idOf;
    }

    /** Puts work in, due at {@code dueAt}, with {@code fields} set; work already in stays as it is (a replay). */
    void enter(String applicationId, Instant dueAt, Update fields) {
        fields.setOnInsert("nextAttemptAt", dueAt).setOnInsert("leaseUntil", Instant.EPOCH);
        mongo.upsert(Query.query(where("_id").is(applicationId)), fields, type);
    }

    /** Takes work out: done, or no longer wanted. */
    void leave(String applicationId) {
        mongo.remove(Query.query(where("_id").is(applicationId)), type);
    }

    void drop() {
        mongo.dropCollection(type);
    }

    /** Entries due now, not held by any instance, earliest first. */
    List<T> due(Instant now, int limit) {
        return mongo.find(Query.query(dueAt(now)).with(Sort.by("nextAttemptAt")).limit(limit), type);
    }

    /** Takes an entry for {@code leaseUntil}: of two instances, one wins; null when another did. */
    T claim(String applicationId, Instant now, Instant leaseUntil) {
        return mongo.findAndModify(Query.query(where("_id").is(applicationId).andOperator(dueAt(now))),
                new Update().set("leaseUntil", leaseUntil), FindAndModifyOptions.options().returnNew(true), type);
    }

    /** Gives an entry back, due again at {@code nextAttemptAt}; an entry removed meanwhile stays removed. */
    void release(String applicationId, Instant nextAttemptAt, Update with) {
        mongo.updateFirst(Query.query(where("_id").is(applicationId)),
                with.set("nextAttemptAt", nextAttemptAt).set("leaseUntil", Instant.EPOCH), type);
    }

    /**
     * Claims what is due and works it on {@code workers}, {@code concurrency} entries at a time, taking the next due
     * entry as soon as one is done (a slow call holds up only its own slot), until nothing is due or
     * {@code longestRound} has passed; then waits for the entries in hand. One round of the poll: a backlog drains at
     * the pace of the remote system, not of the poll interval.
     *
     * @return how many entries were worked
     */
    int workDue(int concurrency, Duration lease, Duration longestRound, ExecutorService workers, Consumer<T> work) {
        Semaphore free = new Semaphore(concurrency);
        long until = System.nanoTime() + longestRound.toNanos();
        int worked = 0;
        try {
            boolean claimedAny = true;
            while (claimedAny && System.nanoTime() < until) {
                claimedAny = false;
                for (T entry : due(Instant.now(), concurrency * 4)) {
                    free.acquire();
                    Instant now = Instant.now();
                    T claimed = claim(idOf.apply(entry), now, now.plus(lease));
                    if (claimed == null) {
                        free.release();
                        continue;
                    }
                    claimedAny = true;
                    worked++;
                    workers.execute(() -> {
                        try {
                            work.accept(claimed);
                        } catch (RuntimeException e) {
                            log.warn("work for the immigration system failed unexpectedly; it is taken up after its "
                                    + "lease", e);
                        } finally {
                            free.release();
                        }
                    });
                }
            }
            free.acquire(concurrency);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return worked;
    }

    /** The daemon threads that work a queue (or make its calls): {@code count} of them, named for what they do. */
    static ExecutorService workers(String name, int count) {
        return Executors.newFixedThreadPool(count, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    long size() {
        return mongo.count(new Query(), type);
    }

    private static Criteria dueAt(Instant now) {
        return new Criteria().andOperator(where("nextAttemptAt").lte(now), where("leaseUntil").lte(now));
    }
}
