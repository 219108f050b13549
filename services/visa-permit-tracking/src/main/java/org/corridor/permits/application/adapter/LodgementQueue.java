package org.corridor.permits.application.adapter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The lodgements waiting for the immigration system, kept from the event store: a lodgement enters when the
 * consulate lodges and leaves when the system's case is recorded, so the queue holds only what is still to be sent
 * and survives any restart. Replayable: a replay ends with the same entries.
 */
@Component
@ProcessingGroup(LodgementQueue.PROCESSING_GROUP)
class LodgementQueue {

    static final String PROCESSING_GROUP = "immigration-lodgements";

    private final LeasedQueue<Entry> leases;

    LodgementQueue(MongoTemplate mongo) {
        this.leases = new LeasedQueue<>(mongo, Entry.class, Entry::applicationId);
    }

    @EventHandler
    void on(LodgementRequested event, @Timestamp Instant at) {
        leases.enter(event.applicationId(), at, new Update()
                .setOnInsert("idempotencyKey", event.idempotencyKey()).setOnInsert("attempts", 0));
    }

    @EventHandler
    void on(ApplicationLodged event) {
        leases.leave(event.applicationId());
    }

    @ResetHandler
    void reset() {
        leases.drop();
    }

    /** The lodgements to send: due now and held by no instance, claimed with a lease. */
    LeasedQueue<Entry> leases() {
        return leases;
    }

    void failed(String applicationId, int attempts, Instant at, String outcome, Instant nextAttemptAt) {
        leases.release(applicationId, nextAttemptAt, new Update()
                .set("attempts", attempts).set("lastAttemptAt", at).set("lastOutcome", outcome));
    }

    long size() {
        return leases.size();
    }

    @Document("immigration-lodgements")
    record Entry(@Id String applicationId, String idempotencyKey, int attempts, Instant nextAttemptAt,
                 Instant leaseUntil, Instant lastAttemptAt, String lastOutcome) {
    }
}
