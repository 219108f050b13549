package org.corridor.kernel.eventstore.ledger;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Stands where a service's publisher stands: in the {@value IntegrationEventPublisher#PROCESSING_GROUP} processor,
 * never replayed. Records what it would have published instead of sending it to Kafka, which is not what these
 * tests are about.
 */
@Component
@ProcessingGroup(IntegrationEventPublisher.PROCESSING_GROUP)
public class LedgerPublication {

    public static final String PUBLICATIONS = "ledgerPublications";

    private final MongoTemplate mongo;

    LedgerPublication(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    @DisallowReplay
    void on(Object payload, DomainEventMessage<?> message) {
        mongo.upsert(Query.query(where("_id").is(message.getIdentifier())),
                new Update().set("ledgerId", message.getAggregateIdentifier()).inc("count", 1), PUBLICATIONS);
    }
}
