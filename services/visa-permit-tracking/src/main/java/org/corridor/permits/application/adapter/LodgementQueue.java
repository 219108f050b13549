package org.corridor.permits.application.adapter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The lodgements waiting for the immigration system, kept from the event store: a lodgement enters when the
 * consulate lodges and leaves when the system's case is recorded, so the queue holds only what is still to be sent
 * and survives any restart. Replayable: a replay ends with the same entries.
 */
@Component
@ProcessingGroup(LodgementQueue.PROCESSING_GROUP)
class LodgementQueue {

    static final String PROCESSING_GROUP = "immigration-lodgements";

    private final MongoTemplate mongo;

    LodgementQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(LodgementRequested event, @Timestamp Instant at) {
        mongo.upsert(Query.query(where("_id").is(event.applicationId())), new Update()
                .setOnInsert("idempotencyKey", event.idempotencyKey())
                .setOnInsert("attempts", 0)
                .setOnInsert("nextAttemptAt", at)
                .setOnInsert("leaseUntil", Instant.EPOCH), Entry.class);
    }

    @EventHandler
    void on(ApplicationLodged event) {
        mongo.remove(Query.query(where("_id").is(event.applicationId())), Entry.class);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(Entry.class);
    }

    /** Entries due now, not held by any instance; a scan of the queue, which holds only what is still to be sent. */
    List<Entry> due(Instant now, int limit) {
        return mongo.find(Query.query(dueAt(now)).with(Sort.by("nextAttemptAt")).limit(limit), Entry.class);
    }

    /** Takes an entry for {@code leaseUntil}: of two instances, one wins. */
    Entry claim(String applicationId, Instant now, Instant leaseUntil) {
        return mongo.findAndModify(Query.query(where("_id").is(applicationId).andOperator(dueAt(now))),
                new Update().set("leaseUntil", leaseUntil), FindAndModifyOptions.options().returnNew(true), Entry.class);
    }

    void failed(String applicationId, int attempts, Instant at, String outcome, Instant nextAttemptAt) {
        mongo.updateFirst(Query.query(where("_id").is(applicationId)), new Update()
                .set("attempts", attempts).set("lastAttemptAt", at).set("lastOutcome", outcome)
                .set("nextAttemptAt", nextAttemptAt).set("leaseUntil", Instant.EPOCH), Entry.class);
    }

    long size() {
        return mongo.count(new Query(), Entry.class);
    }

    private static Criteria dueAt(Instant now) {
        return new Criteria().andOperator(where("nextAttemptAt").lte(now), where("leaseUntil").lte(now));
    }

    @Document("immigration-lodgements")
    record Entry(@Id String applicationId, String idempotencyKey, int attempts, Instant nextAttemptAt,
                 Instant leaseUntil, Instant lastAttemptAt, String lastOutcome) {
    }
}
