package org.corridor.kernel.eventstore;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.corridor.kernel.eventstore.ledger.LedgerApplication;
import org.corridor.kernel.eventstore.ledger.LedgerProjection;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** One running instance of the ledger service, and what the tests look at in it. */
final class LedgerInstance implements AutoCloseable {

    final String name;
    final ConfigurableApplicationContext context;

    private LedgerInstance(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static LedgerInstance start(String name, Map<String, String> properties) {
        return new LedgerInstance(name, LedgerApplication.start(properties));
    }

    <R> R send(Object command) {
        return context.getBean(CommandGateway.class).sendAndWait(command);
    }

    /** The command gateway, for commands that carry their own message id or metadata. */
    CommandGateway commands() {
        return context.getBean(CommandGateway.class);
    }

    TrackingEventProcessor processor(String name) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(name, TrackingEventProcessor.class)
                .orElseThrow(() -> new AssertionError("no tracking processor " + name));
    }

    TrackingEventProcessor projection() {
        return processor(LedgerProjection.PROCESSING_GROUP);
    }

    EventStore eventStore() {
        return context.getBean(EventStore.class);
    }

    EventStorageEngine storageEngine() {
        return context.getBean(EventStorageEngine.class);
    }

    TokenStore tokenStore() {
        return context.getBean(TokenStore.class);
    }

    TransactionManager transactionManager() {
        return context.getBean(TransactionManager.class);
    }

    Serializer serializer() {
        return context.getBean("serializer", Serializer.class);
    }

    EventStoreProperties eventStoreProperties() {
        return context.getBean(EventStoreProperties.class);
    }

    /** The service's MongoDB database: read models, and with the mongo engine also events and tokens. */
    MongoTemplate mongo() {
        return context.getBean(MongoTemplate.class);
    }

    /** The events of one aggregate as stored, without snapshots. */
    List<? extends DomainEventMessage<?>> storedEvents(String aggregateId) {
        return storageEngine().readEvents(aggregateId, 0L).asStream().toList();
    }

    List<Document> readModel(String collection, String ledgerId) {
        return mongo().find(query(where("ledgerId").is(ledgerId)), Document.class, collection);
    }

    @Override
    public void close() {
        context.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
