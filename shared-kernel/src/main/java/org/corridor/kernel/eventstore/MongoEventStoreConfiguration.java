package org.corridor.kernel.eventstore;

import com.mongodb.client.MongoClient;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventhandling.saga.repository.MongoSagaStore;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentpercommit.CommitEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentpercommit.DocumentPerCommitStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.serialization.Serializer;
import org.corridor.kernel.privacy.PersonalDataModule;
import org.corridor.kernel.privacy.PersonalDataSerializers;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/**
 * Production engine: events, tokens and sagas in MongoDB through Axon's Mongo extension, configured by hand (its
 * Spring Boot starter does not exist for this Axon line). Each default of the extension that would lose or corrupt
 * events is overridden here:
 * <ul>
 *   <li>one document per commit, not per event: a command that applies several events stores all of them or none,
 *   without MongoDB transactions;</li>
 *   <li>a look-back window of {@code corridor.event-store.mongo-look-back} (the extension's default is 1 s), so an
 *   event committed after later ones still reaches tracking processors;</li>
 *   <li>the service's own database, the one Spring Data uses for its read models (the extension's default is
 *   {@code axonframework});</li>
 *   <li>a node id from {@code corridor.event-store.node-id} (the extension's default, {@code pid@host}, is shared
 *   by two instances in one JVM and changes at every restart).</li>
 * </ul>
 * No DataSource is needed: {@link EngineAutoConfigurationFilter} leaves Spring Boot's out in this mode, and Axon
 * then works without a transaction manager, as MongoDB writes here are single-document.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "mongo")
class MongoEventStoreConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoDatabaseFactory serviceDatabase) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, serviceDatabase.getMongoDatabase().getName())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          PersonalDataModule personalDataModule,
                                          Serializer serializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          EventStoreProperties properties) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new DocumentPerCommitStorageStrategy(EventEntryConfiguration.getDefault(),
                        CommitEntryConfiguration.getDefault(), properties.mongoLookBack()))
                .eventSerializer(PersonalDataSerializers.eventSerializer(personalDataModule))
                .snapshotSerializer(serializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .batchSize(properties.batchSize())
                .transactionManager(NoTransactionManager.INSTANCE)
                .build();
    }

    @Bean
    TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer, EventStoreProperties properties) {
        return MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(properties.nodeId())
                .claimTimeout(properties.claimTimeout())
                .build();
    }

    @Bean
    SagaStore<Object> sagaStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return MongoSagaStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .build();
    }
}
