package org.corridor.kernel.eventstore.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credited;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Debited;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.LedgerOpened;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A tracking projection: the balance of every ledger, and a record of each event it handled (how often, on which
 * instance), so tests can tell "exactly once" from "at least once". Replayable: a reset drops both and rebuilds them.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerProjection {

    public static final String PROCESSING_GROUP = "ledger-projection";
    public static final String VIEWS = "ledgerViews";
    public static final String DELIVERIES = "ledgerDeliveries";

    private final MongoTemplate mongo;
    private final String instance;

    LedgerProjection(MongoTemplate mongo, @Value("${ledger.instance}") String instance) {
        this.mongo = mongo;
        this.instance = instance;
    }

    @EventHandler
    void on(LedgerOpened event, DomainEventMessage<?> message) {
        LedgerHooks.projecting(event.ledgerId(), message.getSequenceNumber());
        mongo.upsert(Query.query(where("_id").is(event.ledgerId())),
                new Update().set("owner", event.owner()).set("balance", 0L).set("entries", 0), VIEWS);
        delivered(message);
    }

    @EventHandler
    void on(Credited event, DomainEventMessage<?> message) {
        LedgerHooks.projecting(event.ledgerId(), message.getSequenceNumber());
        mongo.upsert(Query.query(where("_id").is(event.ledgerId())),
                new Update().inc("balance", event.amount()).inc("entries", 1), VIEWS);
        delivered(message);
    }

    @EventHandler
    void on(Debited event, DomainEventMessage<?> message) {
        LedgerHooks.projecting(event.ledgerId(), message.getSequenceNumber());
        mongo.upsert(Query.query(where("_id").is(event.ledgerId())),
                new Update().inc("balance", -event.amount()).inc("entries", 1), VIEWS);
        delivered(message);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(VIEWS);
        mongo.dropCollection(DELIVERIES);
    }

    private void delivered(DomainEventMessage<?> message) {
        mongo.upsert(Query.query(where("_id").is(message.getIdentifier())),
                new Update().set("ledgerId", message.getAggregateIdentifier())
                        .set("sequenceNumber", message.getSequenceNumber())
                        .inc("count", 1)
                        .push("instances", instance),
                Document.class, DELIVERIES);
    }
}
