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
import org.springframework.boot.autoconfigure.mongo.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Production engine: events, tokens and sagas in MongoDB through Axon's Mongo extension, configured by hand
 * (its Spring Boot starter does not exist for this Axon line).
 * <ul>
 *   <li>One document per commit: a command that applies several events stores all of them or none, without
 *   MongoDB transactions.</li>
 *   <li>A look-back window when tracking, so an event committed after later ones still reaches processors.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "mongo")
class MongoEventStoreConfiguration {

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient mongoClient, MongoProperties mongoProperties) {
        return DefaultMongoTemplate.builder()
                .mongoDatabase(mongoClient, mongoProperties.getMongoClientDatabase())
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                          PersonalDataModule personalDataModule,
                                          Serializer serializer, EventStoreProperties properties) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .storageStrategy(new DocumentPerCommitStorageStrategy(EventEntryConfiguration.getDefault(),
                        CommitEntryConfiguration.getDefault(), properties.mongoLookBack()))
                .eventSerializer(PersonalDataSerializers.eventSerializer(personalDataModule))
                .snapshotSerializer(serializer)
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
