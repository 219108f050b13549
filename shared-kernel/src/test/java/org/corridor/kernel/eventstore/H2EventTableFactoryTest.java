package org.corridor.kernel.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.LedgerOpened;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class H2EventTableFactoryTest {

    @Test
    void the_first_event_of_a_store_committed_after_the_second_still_reaches_a_new_tracking_processor()
            throws Exception {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        try (Connection held = database.getConnection()) {
            held.setAutoCommit(false);
            JdbcEventStorageEngine heldWriter = engine(() -> kept(held));
            JdbcEventStorageEngine writer = engine(database::getConnection);
            writer.createSchema(H2EventTableFactory.INSTANCE);

            GenericDomainEventMessage<LedgerOpened> first = opened("first");
            heldWriter.appendEvents(first);
            writer.appendEvents(opened("second"));

            List<? extends TrackedEventMessage<?>> before = writer.readEvents(null, false).toList();
            assertThat(before).hasSize(1);
            TrackingToken token = before.get(0).trackingToken();
            held.commit();

            assertThat(writer.readEvents(token, false).map(TrackedEventMessage::getIdentifier).toList())
                    .containsExactly(first.getIdentifier());
        }
    }

    private static JdbcEventStorageEngine engine(ConnectionProvider connections) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(NoTransactionManager.INSTANCE)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .build();
    }

    private static GenericDomainEventMessage<LedgerOpened> opened(String ledgerId) {
        return new GenericDomainEventMessage<>("Ledger", ledgerId, 0, new LedgerOpened(ledgerId, "owner"));
    }

    /** The engine closes every connection it is given; this one must stay open with its transaction. */
    private static Connection kept(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> "close".equals(method.getName())
                        ? null : method.invoke(connection, args));
    }
}
