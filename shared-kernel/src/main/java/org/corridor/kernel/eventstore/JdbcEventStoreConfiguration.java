package org.corridor.kernel.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.GenericTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.corridor.kernel.privacy.PersonalDataModule;
import org.corridor.kernel.privacy.PersonalDataSerializers;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Embedded engine: events, tokens and sagas in Axon's JDBC engine on the service's DataSource (an H2 file under
 * {@code ./data} by default). Indexed, so aggregate loads and tracking stay flat as the store grows.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "corridor.event-store.engine", havingValue = "jdbc", matchIfMissing = true)
class JdbcEventStoreConfiguration {

    @Bean
    ConnectionProvider eventStoreConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * The gap settings decide whether an event committed after later ones still reaches tracking processors
     * (docs/adr/0003-tracking-late-commits.md). Upcasters and the snapshot filter come from Axon's configuration,
     * as Axon's own JDBC auto-configuration would pass them. Tracking with gaps uses {@link IndexedGapReads}, so a
     * fetch costs its batch, not the size of the store.
     */
    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                          PersonalDataModule personalDataModule,
                                          Serializer serializer,
                                          org.axonframework.config.Configuration axonConfiguration,
                                          EventStoreProperties properties) {
        JdbcEventStorageEngine engine = JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .eventSerializer(PersonalDataSerializers.eventSerializer(personalDataModule))
                .snapshotSerializer(serializer)
                .upcasterChain(axonConfiguration.upcasterChain())
                .snapshotFilter(axonConfiguration.snapshotFilter())
                .persistenceExceptionResolver(new DuplicateKeyResolver())
                .batchSize(properties.batchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .readEventDataWithGaps(IndexedGapReads.INSTANCE)
                .build();
        engine.createSchema(H2EventTableFactory.INSTANCE);
        H2EventTableFactory.cacheGlobalIndex(connectionProvider, new EventSchema());
        return engine;
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, EventStoreProperties properties) {
        JdbcTokenStore tokenStore = JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TokenSchema.builder().build())
                .nodeId(properties.nodeId())
                .claimTimeout(properties.claimTimeout())
                .contentType(byte[].class)
                .build();
        tokenStore.createSchema(GenericTokenTableFactory.INSTANCE);
        return tokenStore;
    }

    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer, DataSource dataSource)
            throws SQLException {
        JdbcSagaStore sagaStore = JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .build();
        // Axon's saga DDL has no IF NOT EXISTS: create the tables only on first start.
        if (!tableExists(dataSource, new SagaSchema().sagaEntryTable())) {
            sagaStore.createSchema();
        }
        return sagaStore;
    }

    private static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, table.toUpperCase(), null)) {
            return tables.next();
        }
    }
}
