package org.corridor.kernel.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.corridor.kernel.eventstore.ledger.LedgerHooks;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credit;
import org.corridor.kernel.eventstore.ledger.LedgerProjection;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract on Axon's JDBC engine over an H2 file, as in embedded mode; read models on the wire server. */
class JdbcEventStoreContractTest extends EventStoreContract {

    @TempDir
    static Path dataDirectory;

    @Override
    Map<String, String> storeProperties(String store) {
        return Map.of("corridor.event-store.engine", "jdbc",
                "spring.datasource.url", "jdbc:h2:file:" + dataDirectory.resolve(store).resolve("events"),
                "spring.data.mongodb.uri", EmbeddedInfrastructure.mongoUri());
    }

    @Override
    TokenStore tokenStoreFor(LedgerInstance instance, EventStoreProperties properties) {
        return new JdbcEventStoreConfiguration().tokenStore(instance.context.getBean(ConnectionProvider.class),
                instance.serializer(), properties);
    }

    /** Why the maximum gap offset is a correctness setting: a hole left further behind than it is given up on. */
    @Test
    void an_event_committed_after_more_than_the_max_gap_offset_later_ones_is_never_tracked() throws Exception {
        String store = newStore();
        try (LedgerInstance narrowWindow = start("narrow-gap-window", store, Map.of(
                "corridor.event-store.node-id", "narrow-gap-window",
                "corridor.event-store.max-gap-offset", "3"))) {
            assertThat(dataDirectory.resolve(store).resolve("events.mv.db")).exists();
            String late = open(narrowWindow);
            String other = open(narrowWindow);
            awaitDeliveredExactlyOnce(narrowWindow, late);
            awaitDeliveredExactlyOnce(narrowWindow, other);

            CountDownLatch stored = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            Future<Object> lateCredit;
            try (AutoCloseable hook = LedgerHooks.onCommand(late, new LedgerHooks.CommandHook() {
                @Override
                public void beforeCommit(Object command) throws Exception {
                    stored.countDown();
                    assertThat(commit.await(20, TimeUnit.SECONDS)).isTrue();
                }
            })) {
                lateCredit = writers.submit(() -> narrowWindow.send(new Credit(late, 5, "committed late")));
                assertThat(stored.await(10, TimeUnit.SECONDS)).isTrue();
                for (int i = 0; i < 5; i++) {
                    narrowWindow.send(new Credit(other, 1, "committed past the hole"));
                }
                awaitDeliveredExactlyOnce(narrowWindow, other);
                commit.countDown();
                lateCredit.get(10, TimeUnit.SECONDS);
            }
            narrowWindow.send(new Credit(other, 1, "tracked after the late event was committed"));
            awaitDeliveredExactlyOnce(narrowWindow, other);

            assertThat(narrowWindow.storedEvents(late)).hasSize(2);
            assertThat(narrowWindow.readModel(LedgerProjection.DELIVERIES, late))
                    .as("only the opening event reached the projection").hasSize(1);
        }
    }
}
