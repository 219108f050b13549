package org.corridor.permits.application.adapter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * The lodged cases whose status the service follows at the immigration system, kept from the event store: a case
 * enters when it is lodged and leaves when the remote's decision is recorded (or the permit ends), so the collection
 * holds only cases still to be followed and survives any restart. Replayable: a replay ends with the same entries.
 */
@Component
@ProcessingGroup(StatusCheckQueue.PROCESSING_GROUP)
class StatusCheckQueue {

    static final String PROCESSING_GROUP = "immigration-status-checks";

    private final ImmigrationSettings settings;
    private final LeasedQueue<Entry> leases;

    StatusCheckQueue(MongoTemplate mongo, ImmigrationSettings settings) {
        this.settings = settings;
        this.leases = new LeasedQueue<>(mongo, Entry.class, Entry::applicationId);
    }

    @EventHandler
    void on(ApplicationLodged event) {
        leases.enter(event.applicationId(), event.lodgedAt().plus(settings.statusEvery()), new Update()
                .setOnInsert("caseReference", event.caseReference()).setOnInsert("failures", 0));
    }

    @EventHandler
    void on(ImmigrationDecisionReceived event) {
        leases.leave(event.applicationId());
    }

    @EventHandler
    void on(PermitEnded event) {
        leases.leave(event.applicationId());
    }

    @ResetHandler
    void reset() {
        leases.drop();
    }

    LeasedQueue<Entry> leases() {
        return leases;
    }

    /** The remote answered: the next check is a full interval away, and the failures are forgotten. */
    void answered(String applicationId, Instant at, String status, Instant next) {
        leases.release(applicationId, next, new Update().set("failures", 0).set("lastCheckAt", at)
                .set("lastOutcome", status));
    }

    void failed(String applicationId, int failures, Instant at, String outcome, Instant next) {
        leases.release(applicationId, next, new Update().set("failures", failures).set("lastCheckAt", at)
                .set("lastOutcome", outcome));
    }

    long size() {
        return leases.size();
    }

    @Document("immigration-status-checks")
    record Entry(@Id String applicationId, String caseReference, int failures, Instant nextAttemptAt,
                 Instant leaseUntil, Instant lastCheckAt, String lastOutcome) {
    }
}
