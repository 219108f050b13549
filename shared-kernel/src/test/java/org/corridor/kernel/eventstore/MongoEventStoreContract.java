package org.corridor.kernel.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.bson.Document;
import org.corridor.kernel.eventstore.ledger.LedgerHooks;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credit;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.PostEntries;
import org.corridor.kernel.eventstore.ledger.LedgerProjection;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The contract on Axon's Mongo extension, plus what its configuration here must get right that its defaults do not. */
abstract class MongoEventStoreContract extends EventStoreContract {

    /** The MongoDB server the instances use; each store is a database of its own on it. */
    abstract String mongoUri();

    @Override
    Map<String, String> storeProperties(String store) {
        return Map.of("corridor.event-store.engine", "mongo", "spring.data.mongodb.uri", mongoUri());
    }

    @Override
    TokenStore tokenStoreFor(LedgerInstance instance, EventStoreProperties properties) {
        return new MongoEventStoreConfiguration().tokenStore(
                instance.context.getBean(org.axonframework.extensions.mongo.MongoTemplate.class),
                instance.serializer(), properties);
    }

    @Test
    void a_command_is_stored_as_one_commit_document_in_the_service_database() {
        String ledger = open(primary);
        primary.send(new PostEntries(ledger, List.of(30L, -10L, 5L), "one command, three events"));

        // The service's database, where Spring Data keeps the read models, not the extension's "axonframework".
        List<Document> commits = primary.mongo().find(
                query(where("aggregateIdentifier").is(ledger)), Document.class, "domainevents");
        assertThat(commits).hasSize(2);
        Document postEntries = commits.stream().filter(commit -> commit.getLong("firstSequenceNumber") == 1)
                .findFirst().orElseThrow();
        assertThat(postEntries.getLong("lastSequenceNumber")).isEqualTo(3);
        assertThat(postEntries.getList("events", Document.class)).hasSize(3);
    }

    @Test
    void the_mongo_engine_needs_no_data_source_nor_a_transaction_manager() {
        assertThat(primary.context.getBeanNamesForType(DataSource.class)).isEmpty();
        assertThat(primary.transactionManager()).isSameAs(NoTransactionManager.INSTANCE);
    }

    /** Why the look-back is a correctness setting: an event stored later than the window after its stamp is lost. */
    @Test
    void an_event_stored_later_than_the_look_back_after_its_timestamp_is_never_tracked() throws Exception {
        try (LedgerInstance shortWindow = start("short-look-back", newStore(), Map.of(
                "corridor.event-store.node-id", "short-look-back",
                "corridor.event-store.mongo-look-back", "200ms"))) {
            String late = open(shortWindow);
            String other = open(shortWindow);
            awaitDeliveredExactlyOnce(shortWindow, late);
            awaitDeliveredExactlyOnce(shortWindow, other);

            CountDownLatch applied = new CountDownLatch(1);
            CountDownLatch store = new CountDownLatch(1);
            Future<Object> lateCredit;
            try (AutoCloseable hook = LedgerHooks.onCommand(late, new LedgerHooks.CommandHook() {
                @Override
                public void afterApply(Object command) throws Exception {
                    applied.countDown();
                    assertThat(store.await(20, TimeUnit.SECONDS)).isTrue();
                }
            })) {
                lateCredit = writers.submit(() -> shortWindow.send(new Credit(late, 5, "stored late")));
                assertThat(applied.await(10, TimeUnit.SECONDS)).isTrue();
                // Makes the next event's timestamp more than the look-back younger than the held one's.
                Thread.sleep(400);
                shortWindow.send(new Credit(other, 1, "stamped later, stored first"));
                awaitDeliveredExactlyOnce(shortWindow, other);
                store.countDown();
                lateCredit.get(10, TimeUnit.SECONDS);
            }
            shortWindow.send(new Credit(other, 1, "tracked after the late event was stored"));
            awaitDeliveredExactlyOnce(shortWindow, other);

            assertThat(shortWindow.storedEvents(late)).hasSize(2);
            assertThat(shortWindow.readModel(LedgerProjection.DELIVERIES, late))
                    .as("only the opening event reached the projection").hasSize(1);
        }
    }
}
