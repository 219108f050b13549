package org.corridor.kernel.eventstore;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.bson.Document;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.kernel.audit.CorrelationContext;
import org.corridor.kernel.eventstore.ledger.Ledger;
import org.corridor.kernel.eventstore.ledger.LedgerHooks;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credit;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.Credited;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.LedgerOpened;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.OpenLedger;
import org.corridor.kernel.eventstore.ledger.LedgerMessages.PostEntries;
import org.corridor.kernel.eventstore.ledger.LedgerNotices;
import org.corridor.kernel.eventstore.ledger.LedgerProjection;
import org.corridor.kernel.eventstore.ledger.LedgerPublication;
import org.corridor.kernel.messaging.IntegrationEventPublisher;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * What every event store engine must guarantee, run against each engine by a subclass. Two instances of a small
 * ledger service share one store for most rules (as two replicas of a service would); the restart rule starts and
 * stops instances of its own on a second store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreContract {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final Duration LONG_CLAIM = Duration.ofMinutes(10);

    final ExecutorService writers = Executors.newCachedThreadPool();
    LedgerInstance primary;
    LedgerInstance secondary;

    /** Properties that put an instance's events, tokens and read models on {@code store}. */
    abstract Map<String, String> storeProperties(String store);

    /** A token store on the same store as {@code instance}, configured as the engine's own is, under other settings. */
    abstract TokenStore tokenStoreFor(LedgerInstance instance, EventStoreProperties properties);

    @BeforeAll
    void startTwoInstancesOnOneStore() {
        String store = newStore();
        primary = start("primary", store, Map.of("corridor.event-store.node-id", "primary"));
        secondary = start("secondary", store, Map.of("corridor.event-store.node-id", "secondary"));
    }

    @AfterAll
    void stopInstances() {
        writers.shutdownNow();
        if (secondary != null) {
            secondary.close();
        }
        if (primary != null) {
            primary.close();
        }
    }

    @AfterEach
    void forgetWhoIsSignedIn() {
        SecurityContextHolder.clearContext();
    }

    // 1. Optimistic concurrency

    @Test
    void of_two_writers_that_loaded_the_same_version_one_wins_and_the_other_gets_a_conflict() throws Exception {
        String ledger = open(primary);
        CyclicBarrier bothLoaded = new CyclicBarrier(2);
        List<Outcome> outcomes;
        try (AutoCloseable hook = LedgerHooks.onCommand(ledger, new LedgerHooks.CommandHook() {
            @Override
            public void afterApply(Object command) throws Exception {
                bothLoaded.await(10, TimeUnit.SECONDS);
            }
        })) {
            Future<Object> first = writers.submit(() -> primary.send(new Credit(ledger, 10, "first writer")));
            Future<Object> second = writers.submit(() -> secondary.send(new Credit(ledger, 20, "second writer")));
            outcomes = List.of(Outcome.of(primary, first), Outcome.of(secondary, second));
        }

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        Outcome loser = outcomes.stream().filter(outcome -> !outcome.succeeded()).findFirst().orElseThrow();
        assertThat(loser.failure()).isInstanceOf(ConcurrencyException.class);

        // No lost update: the loser retries on what it now loads, and both credits count.
        long retried = loser.instance() == primary ? 10 : 20;
        loser.instance().send(new Credit(ledger, retried, "retried after a conflict"));
        assertThat(credits(primary, ledger)).containsExactlyInAnyOrder(10L, 20L);
        awaitBalance(ledger, 30);
    }

    @Test
    void of_two_writers_creating_the_same_aggregate_one_gets_a_stream_creation_conflict() throws Exception {
        String ledger = newLedgerId();
        CyclicBarrier bothApplied = new CyclicBarrier(2);
        List<Outcome> outcomes;
        try (AutoCloseable hook = LedgerHooks.onCommand(ledger, new LedgerHooks.CommandHook() {
            @Override
            public void afterApply(Object command) throws Exception {
                bothApplied.await(10, TimeUnit.SECONDS);
            }
        })) {
            Future<Object> first = writers.submit(() -> primary.send(new OpenLedger(ledger, "primary's owner")));
            Future<Object> second = writers.submit(() -> secondary.send(new OpenLedger(ledger, "secondary's owner")));
            outcomes = List.of(Outcome.of(primary, first), Outcome.of(secondary, second));
        }

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        Outcome loser = outcomes.stream().filter(outcome -> !outcome.succeeded()).findFirst().orElseThrow();
        assertThat(loser.failure()).isInstanceOf(AggregateStreamCreationException.class);
        List<? extends DomainEventMessage<?>> stored = primary.storedEvents(ledger);
        assertThat(stored).hasSize(1);
        String winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().instance().name;
        assertThat(((LedgerOpened) stored.get(0).getPayload()).owner()).isEqualTo(winner + "'s owner");
    }

    @Test
    void concurrent_writers_on_two_instances_lose_no_update() throws Exception {
        String ledger = open(primary);
        int creditsPerWriter = 15;
        AtomicInteger conflicts = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        for (LedgerInstance instance : List.of(primary, primary, secondary, secondary)) {
            running.add(writers.submit(() -> {
                for (int i = 0; i < creditsPerWriter; i++) {
                    creditRetryingConflicts(instance, ledger, conflicts);
                }
                return null;
            }));
        }
        for (Future<?> writer : running) {
            writer.get(60, TimeUnit.SECONDS);
        }

        int total = 4 * creditsPerWriter;
        List<? extends DomainEventMessage<?>> stored = primary.storedEvents(ledger);
        assertThat(stored).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactlyElementsOf(LongStream.rangeClosed(0, total).boxed().toList());
        assertThat(credits(primary, ledger)).hasSize(total);
        awaitBalance(ledger, total);
    }

    @Test
    void an_instance_whose_cached_aggregate_is_stale_gets_a_conflict_and_its_retry_succeeds() {
        String ledger = open(primary);
        secondary.send(new Credit(ledger, 4, "written by the other instance"));

        // The primary still caches the ledger as it opened it: the store refuses what it decides on that.
        assertThatThrownBy(() -> primary.send(new Credit(ledger, 6, "decided on a stale copy")))
                .isInstanceOf(ConcurrencyException.class);
        // The conflict evicted the stale copy: the retry loads the ledger as stored.
        primary.send(new Credit(ledger, 6, "decided on the stored ledger"));

        assertThat(credits(primary, ledger)).containsExactly(4L, 6L);
        awaitBalance(ledger, 10);
    }

    // 2. A command's events: all or none

    @Test
    void a_command_whose_append_fails_stores_none_of_its_events() throws Exception {
        String ledger = open(primary);
        CountDownLatch loaded = new CountDownLatch(1);
        CountDownLatch otherWriterDone = new CountDownLatch(1);
        Future<Object> severalEvents;
        try (AutoCloseable hook = LedgerHooks.onCommand(ledger, new LedgerHooks.CommandHook() {
            @Override
            public void afterApply(Object command) throws Exception {
                if (command instanceof PostEntries) {
                    loaded.countDown();
                    assertThat(otherWriterDone.await(10, TimeUnit.SECONDS)).isTrue();
                }
            }
        })) {
            severalEvents = writers.submit(() -> secondary.send(
                    new PostEntries(ledger, List.of(5L, 6L, 7L), "three entries, one command")));
            assertThat(loaded.await(10, TimeUnit.SECONDS)).isTrue();
            primary.send(new Credit(ledger, 1, "committed first"));
            otherWriterDone.countDown();
            assertThat(Outcome.of(secondary, severalEvents).failure()).isInstanceOf(ConcurrencyException.class);
        }

        assertThat(primary.storedEvents(ledger).stream().map(event -> (Object) event.getPayload()).toList())
                .containsExactly(new LedgerOpened(ledger, "owner of " + ledger), new Credited(ledger, 1, "committed first"));
    }

    // 3. Late commits

    @Test
    void an_event_committed_after_later_ones_still_reaches_the_projection_once() throws Exception {
        String late = open(primary);
        List<String> others = List.of(open(primary), open(primary), open(primary));
        CountDownLatch applied = new CountDownLatch(1);
        CountDownLatch stored = new CountDownLatch(1);
        CountDownLatch store = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        try (AutoCloseable hook = LedgerHooks.onCommand(late, new LedgerHooks.CommandHook() {
            @Override
            public void afterApply(Object command) throws Exception {
                applied.countDown();
                assertThat(store.await(20, TimeUnit.SECONDS)).isTrue();
            }

            @Override
            public void beforeCommit(Object command) throws Exception {
                stored.countDown();
                assertThat(commit.await(20, TimeUnit.SECONDS)).isTrue();
            }
        })) {
            Future<Object> lateCredit = writers.submit(() -> primary.send(new Credit(late, 5, "committed late")));
            assertThat(applied.await(10, TimeUnit.SECONDS)).isTrue();
            // Stamped later than the held event but stored before it: what the Mongo engine's look-back is for.
            others.forEach(other -> primary.send(new Credit(other, 1, "newer timestamp, stored first")));
            others.forEach(this::awaitDeliveredExactlyOnce);

            store.countDown();
            assertThat(stored.await(10, TimeUnit.SECONDS)).isTrue();
            // Numbered after the held event but committed before it: a gap for the JDBC engine's tracking token.
            others.forEach(other -> secondary.send(new Credit(other, 1, "higher position, committed first")));
            others.forEach(this::awaitDeliveredExactlyOnce);

            commit.countDown();
            lateCredit.get(10, TimeUnit.SECONDS);
        }

        awaitDeliveredExactlyOnce(late);
        assertThat(primary.readModel(LedgerProjection.DELIVERIES, late)).hasSize(2);
        awaitPublishedExactlyOnce(late);
        awaitBalance(late, 5);
    }

    @Test
    void a_batch_whose_handler_fails_is_handled_again_from_its_first_event_and_nothing_is_skipped() throws Exception {
        String ledger = open(primary);
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        try (AutoCloseable hook = LedgerHooks.onProjection(ledger, sequenceNumber -> {
            if (sequenceNumber == 2 && failures.getAndIncrement() == 0) {
                failed.countDown();
                throw new IllegalStateException("read model unavailable");
            }
        })) {
            for (int i = 1; i <= 4; i++) {
                primary.send(new Credit(ledger, i, "around a failing handler"));
            }
            assertThat(failed.await(20, TimeUnit.SECONDS)).isTrue();

            Set<String> stored = primary.storedEvents(ledger).stream().map(EventMessage::getIdentifier)
                    .collect(Collectors.toSet());
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                    primary.readModel(LedgerProjection.DELIVERIES, ledger))
                    .extracting(delivery -> delivery.getString("_id"))
                    .containsExactlyInAnyOrderElementsOf(stored));
        }
        // The token never moved past the failed event: it and every later one were handled once it succeeded.
        Map<Long, Integer> deliveries = primary.readModel(LedgerProjection.DELIVERIES, ledger).stream()
                .collect(Collectors.toMap(delivery -> delivery.get("sequenceNumber", Number.class).longValue(),
                        delivery -> delivery.getInteger("count")));
        assertThat(failures).hasValue(2);
        assertThat(deliveries).containsOnlyKeys(0L, 1L, 2L, 3L, 4L);
        assertThat(deliveries.get(2L)).isEqualTo(1);
        assertThat(deliveries.values()).allSatisfy(count -> assertThat(count).isBetween(1, 2));
    }

    // 4. Restarts

    @Test
    void an_instance_restarted_under_its_node_id_resumes_at_once_without_skipping_or_replaying() throws Exception {
        String store = newStore();
        Map<String, String> sameNode = Map.of("corridor.event-store.node-id", "ledger-1",
                "corridor.event-store.claim-timeout", LONG_CLAIM.toString());
        String ledger;
        Set<String> handledBeforeStop;
        CountDownLatch paused = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        try (LedgerInstance before = start("before-restart", store, sameNode)) {
            ledger = open(before);
            try (AutoCloseable hook = LedgerHooks.onProjection(ledger, sequenceNumber -> {
                if (sequenceNumber == 3) {
                    paused.countDown();
                    assertThat(resume.await(20, TimeUnit.SECONDS)).isTrue();
                }
            })) {
                for (int i = 1; i <= 10; i++) {
                    before.send(new Credit(ledger, i, "before the restart"));
                }
                assertThat(paused.await(20, TimeUnit.SECONDS)).isTrue();
                // Stop mid-stream: the projection is inside event 3, events 4 to 10 wait in the store.
                CompletableFuture<Void> stopped = before.projection().shutdownAsync();
                resume.countDown();
                stopped.get(20, TimeUnit.SECONDS);
            }
            handledBeforeStop = deliveryIds(before, ledger);
            assertThat(handledBeforeStop).hasSizeBetween(4, 10);

            // Leave the claim as an instance that crashed would: held by its node, not yet timed out.
            TrackingEventProcessor projection = before.projection();
            before.transactionManager().executeInTransaction(
                    () -> before.tokenStore().fetchToken(projection.getName(), 0));
            TokenStore otherNode = tokenStoreFor(before, withNodeId(before.eventStoreProperties(), "ledger-2"));
            assertThatThrownBy(() -> before.transactionManager().executeInTransaction(
                    () -> otherNode.fetchToken(projection.getName(), 0)))
                    .as("another node must wait out the claim timeout")
                    .isInstanceOf(UnableToClaimTokenException.class);
        }

        try (LedgerInstance after = start("after-restart", store, sameNode)) {
            for (int i = 11; i <= 15; i++) {
                after.send(new Credit(ledger, i, "after the restart"));
            }
            // The claim times out in ten minutes: only reclaiming it under the same node id lets this pass.
            awaitDeliveredExactlyOnce(after, ledger);
            List<Document> deliveries = after.readModel(LedgerProjection.DELIVERIES, ledger);
            assertThat(deliveries).hasSize(16);
            for (Document delivery : deliveries) {
                String expectedInstance = handledBeforeStop.contains(delivery.getString("_id"))
                        ? "before-restart" : "after-restart";
                assertThat(delivery.getList("instances", String.class)).containsExactly(expectedInstance);
            }
            awaitPublishedExactlyOnce(after, ledger);
        }
    }

    // 5. Rebuilding a projection

    @Test
    void a_projection_rebuilt_from_a_reset_equals_the_live_one_and_handlers_that_disallow_replay_stay_silent()
            throws Exception {
        String ledger = open(primary);
        primary.send(new PostEntries(ledger, List.of(40L, -15L, 3L), "before the rebuild"));
        secondary.send(new Credit(ledger, 2, "before the rebuild"));
        awaitEverythingProjected();
        List<Document> live = views(primary);
        List<Document> noticesBefore = notices(primary);
        assertThat(live).isNotEmpty();

        onEveryInstance(instance -> instance.projection().shutDown());
        primary.projection().resetTokens();
        onEveryInstance(instance -> instance.projection().start());

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(views(primary)).isEqualTo(live);
            assertThat(List.of(primary, secondary)).noneMatch(instance -> instance.projection().isReplaying());
        });
        awaitEverythingProjected();
        assertThat(notices(primary)).as("no notice is sent again during the replay").isEqualTo(noticesBefore);

        secondary.send(new Credit(ledger, 1, "after the rebuild"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(notices(primary)).hasSize(noticesBefore.size() + 1));
        assertThat(notices(primary)).allMatch(notice -> notice.getInteger("count") == 1);
    }

    @Test
    void the_integration_publisher_cannot_be_reset() {
        onEveryInstance(instance -> instance.processor(IntegrationEventPublisher.PROCESSING_GROUP).shutDown());
        try {
            assertThatThrownBy(() -> primary.processor(IntegrationEventPublisher.PROCESSING_GROUP).resetTokens())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("do not support a reset");
        } finally {
            onEveryInstance(instance -> instance.processor(IntegrationEventPublisher.PROCESSING_GROUP).start());
        }
    }

    // 6. Audit metadata

    @Test
    void every_stored_event_carries_who_caused_it_and_within_which_flow() {
        String ledger = open(primary);
        Jwt token = Jwt.withTokenValue("token").header("alg", "HS256").subject("clerk-7")
                .claim("roles", List.of("ORIGIN_AGENCY")).claim("org", "agency-ph").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(token));
        GenericCommandMessage<PostEntries> command = new GenericCommandMessage<>(
                new PostEntries(ledger, List.of(12L, -2L), "signed in"));
        try (CorrelationContext.Scope flow = CorrelationContext.open("flow-42")) {
            primary.commands().sendAndWait(command);
        }

        List<? extends DomainEventMessage<?>> caused = primary.storedEvents(ledger).subList(1, 3);
        assertThat(caused).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(AuditMetadata.USER_ID, "clerk-7")
                .containsEntry(AuditMetadata.ROLE, "ORIGIN_AGENCY")
                .containsEntry(AuditMetadata.ORGANISATION, "agency-ph")
                .containsEntry(AuditMetadata.CORRELATION_ID, "flow-42")
                .containsEntry(AuditMetadata.CAUSATION_ID, command.getIdentifier()));

        List<MetaData> everything = primary.storageEngine().readEvents(null, false)
                .map(EventMessage::getMetaData).toList();
        assertThat(everything).isNotEmpty().allSatisfy(metaData -> assertThat(metaData).containsKeys(
                AuditMetadata.USER_ID, AuditMetadata.ROLE, AuditMetadata.ORGANISATION,
                AuditMetadata.CORRELATION_ID, AuditMetadata.CAUSATION_ID));
    }

    // Snapshots, cache and tokens as configured

    @Test
    void an_aggregate_that_opts_in_is_snapshotted_every_threshold_events_and_loads_from_the_snapshot() {
        String ledger = open(primary);
        for (int i = 0; i < 7; i++) {
            primary.send(new Credit(ledger, 1, "towards a snapshot"));
        }

        await().atMost(PATIENCE).until(() -> primary.storageEngine().readSnapshot(ledger).isPresent());
        DomainEventStream fromSnapshot = primary.eventStore().readEvents(ledger);
        DomainEventMessage<?> snapshot = fromSnapshot.peek();
        assertThat(snapshot.getPayload()).isInstanceOf(Ledger.class);
        Ledger restored = (Ledger) snapshot.getPayload();
        // Every event after the opening credits 1: the balance in a snapshot is its sequence number.
        assertThat(restored.ledgerId()).isEqualTo(ledger);
        assertThat(restored.balance()).isEqualTo(snapshot.getSequenceNumber()).isGreaterThanOrEqualTo(4);

        // The other instance has never seen this ledger: it loads it from the snapshot and carries on.
        secondary.send(new Credit(ledger, 1, "after a snapshot"));
        awaitBalance(ledger, 8);
    }

    @Test
    void an_aggregate_that_names_the_shared_cache_is_kept_in_it() {
        String ledger = open(primary);
        primary.send(new Credit(ledger, 3, "cached"));

        Cache cache = primary.context.getBean(EventStoreAutoConfiguration.AGGREGATE_CACHE, Cache.class);
        assertThat(cache).isInstanceOf(BoundedCache.class);
        assertThat(cache.containsKey(ledger)).isTrue();
    }

    @Test
    void one_token_store_under_the_configured_node_id_serves_every_processor() {
        Map<String, TokenStore> tokenStores = primary.context.getBeansOfType(TokenStore.class);
        assertThat(tokenStores).hasSize(1);
        TokenStore tokenStore = tokenStores.values().iterator().next();
        EventProcessingConfiguration processing = primary.context.getBean(EventProcessingConfiguration.class);
        assertThat(processing.tokenStore(LedgerProjection.PROCESSING_GROUP)).isSameAs(tokenStore);
        assertThat(processing.tokenStore(IntegrationEventPublisher.PROCESSING_GROUP)).isSameAs(tokenStore);
    }

    // Helpers

    static String newStore() {
        return "ledger-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String newLedgerId() {
        return "L-" + UUID.randomUUID();
    }

    LedgerInstance start(String name, String store, Map<String, String> overrides) {
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.application.name", "ledger");
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        properties.put("springdoc.api-docs.enabled", "false");
        properties.put("logging.level.root", "WARN");
        properties.put("ledger.instance", name);
        properties.put("corridor.security.jwt.hmac-secret", EmbeddedInfrastructure.TEST_JWT_SECRET);
        // No integration event reaches Kafka here: do not wait for a broker at start.
        properties.put("spring.kafka.admin.auto-create", "false");
        properties.put("corridor.event-store.snapshot-threshold", "5");
        properties.put("axon.eventhandling.processors." + LedgerProjection.PROCESSING_GROUP + ".mode", "tracking");
        properties.put("axon.eventhandling.processors." + LedgerProjection.PROCESSING_GROUP + ".token-claim-interval",
                "500");
        properties.put("spring.data.mongodb.database", store);
        properties.putAll(storeProperties(store));
        properties.putAll(overrides);
        return LedgerInstance.start(name, properties);
    }

    static EventStoreProperties withNodeId(EventStoreProperties properties, String nodeId) {
        return new EventStoreProperties(properties.engine(), nodeId, properties.claimTimeout(),
                properties.batchSize(), properties.mongoLookBack(), properties.gapTimeout(),
                properties.maxGapOffset(), properties.snapshotThreshold(), properties.aggregateCacheSize(),
                properties.processorBatchSize());
    }

    String open(LedgerInstance instance) {
        String ledger = newLedgerId();
        instance.send(new OpenLedger(ledger, "owner of " + ledger));
        return ledger;
    }

    void onEveryInstance(java.util.function.Consumer<LedgerInstance> action) {
        List.of(primary, secondary).forEach(action);
    }

    static List<Long> credits(LedgerInstance instance, String ledger) {
        return instance.storedEvents(ledger).stream()
                .map(DomainEventMessage::getPayload)
                .filter(Credited.class::isInstance)
                .map(payload -> ((Credited) payload).amount())
                .toList();
    }

    static void creditRetryingConflicts(LedgerInstance instance, String ledger, AtomicInteger conflicts) {
        for (int attempt = 0; attempt < 100; attempt++) {
            try {
                instance.send(new Credit(ledger, 1, "concurrent"));
                return;
            } catch (ConcurrencyException e) {
                conflicts.incrementAndGet();
            }
        }
        throw new AssertionError("a credit kept conflicting for 100 attempts");
    }

    void awaitBalance(String ledger, long balance) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            Document view = primary.mongo().findById(ledger, Document.class, LedgerProjection.VIEWS);
            assertThat(view).isNotNull();
            assertThat(view.getLong("balance")).isEqualTo(balance);
        });
    }

    void awaitDeliveredExactlyOnce(String ledger) {
        awaitDeliveredExactlyOnce(primary, ledger);
    }

    /** Every stored event of the ledger reached the projection, each once. */
    static void awaitDeliveredExactlyOnce(LedgerInstance instance, String ledger) {
        Set<String> stored = instance.storedEvents(ledger).stream().map(EventMessage::getIdentifier)
                .collect(Collectors.toSet());
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Document> deliveries = instance.readModel(LedgerProjection.DELIVERIES, ledger);
            assertThat(deliveries).extracting(delivery -> delivery.getString("_id"))
                    .containsExactlyInAnyOrderElementsOf(stored);
            assertThat(deliveries).allSatisfy(delivery -> assertThat(delivery.getInteger("count")).isEqualTo(1));
        });
    }

    void awaitPublishedExactlyOnce(String ledger) {
        awaitPublishedExactlyOnce(primary, ledger);
    }

    static void awaitPublishedExactlyOnce(LedgerInstance instance, String ledger) {
        Set<String> stored = instance.storedEvents(ledger).stream().map(EventMessage::getIdentifier)
                .collect(Collectors.toSet());
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Document> publications = instance.readModel(LedgerPublication.PUBLICATIONS, ledger);
            assertThat(publications).extracting(publication -> publication.getString("_id"))
                    .containsExactlyInAnyOrderElementsOf(stored);
            assertThat(publications).allSatisfy(p -> assertThat(p.getInteger("count")).isEqualTo(1));
        });
    }

    /** Every event in the store has reached the projection. */
    void awaitEverythingProjected() {
        Set<String> stored = primary.storageEngine().readEvents(null, false)
                .map(EventMessage::getIdentifier).collect(Collectors.toSet());
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                primary.mongo().findAll(Document.class, LedgerProjection.DELIVERIES).stream()
                        .map(delivery -> delivery.getString("_id")).collect(Collectors.toSet()))
                .containsAll(stored));
    }

    static Set<String> deliveryIds(LedgerInstance instance, String ledger) {
        return instance.readModel(LedgerProjection.DELIVERIES, ledger).stream()
                .map(delivery -> delivery.getString("_id")).collect(Collectors.toCollection(HashSet::new));
    }

    static List<Document> views(LedgerInstance instance) {
        return instance.mongo().find(new Query().with(Sort.by("_id")), Document.class, LedgerProjection.VIEWS);
    }

    static List<Document> notices(LedgerInstance instance) {
        return instance.mongo().find(new Query().with(Sort.by("_id")), Document.class, LedgerNotices.NOTICES);
    }

    /** How one writer's command ended. */
    record Outcome(LedgerInstance instance, Throwable failure) {

        static Outcome of(LedgerInstance instance, Future<?> command) throws InterruptedException {
            try {
                command.get(30, TimeUnit.SECONDS);
                return new Outcome(instance, null);
            } catch (ExecutionException e) {
                return new Outcome(instance, e.getCause());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("a writer did not finish", e);
            }
        }

        boolean succeeded() {
            return failure == null;
        }
    }
}
