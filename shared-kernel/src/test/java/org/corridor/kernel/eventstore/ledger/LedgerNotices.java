package org.corridor.kernel.eventstore.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credited;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Sends a notice per credit: a side effect, like a publication, that must happen once per event and never again when
 * the projection beside it in the same processor is rebuilt. Records each notice sent.
 */
@Component
@ProcessingGroup(LedgerProjection.PROCESSING_GROUP)
public class LedgerNotices {

    public static final String NOTICES = "ledgerNotices";

    private final MongoTemplate mongo;

    LedgerNotices(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    @DisallowReplay
    void on(Credited event, EventMessage<?> message) {
        mongo.upsert(Query.query(where("_id").is(message.getIdentifier())),
                new Update().set("ledgerId", event.ledgerId()).inc("count", 1), NOTICES);
    }
}
