package org.corridor.kernel.messaging;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.kernel.messaging.sample.AmendDossier;
import org.corridor.kernel.messaging.sample.DossierPublication;
import org.corridor.kernel.messaging.sample.OpenDossier;
import org.corridor.kernel.messaging.sample.PublicationLedger;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.kernel.messaging.TopicRecords.header;

/** The event store is the outbox: whatever fails between it and Kafka, the token waits and the events follow. */
@CorridorServiceTest
class PublicationFailureTest {

    static final String TOPIC = IntegrationEventPublicationTest.TOPIC;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactionManager;

    @Autowired
    DossierPublication publication;

    /** How long a condition may take on a loaded two-core machine; a wait ends as soon as its condition holds. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    PublicationLedger ledger;

    @BeforeEach
    void brokerMayRefuse() throws Exception {
        SendFaults.limitRecordSize(TOPIC);
    }

    @AfterEach
    void healAndRestart() {
        SendFaults.heal();
        publisher().start();
    }

    @Test
    void while_the_broker_refuses_the_token_stays_and_afterwards_every_event_arrives_with_its_stored_id() {
        long before = awaitPublisherAtHead();
        int failuresBefore = SendFaults.failures();
        SendFaults.refuse(record -> record.topic().equals(TOPIC));

        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(first, "refused"));
        commands.sendAndWait(new AmendDossier(first, "refused again"));
        commands.sendAndWait(new OpenDossier(second, "refused too"));

        await().atMost(PATIENCE).until(() -> SendFaults.failures() >= failuresBefore + 2);
        assertThat(storedPosition()).isEqualTo(before);
        assertThat(TopicRecords.embedded().now(TOPIC, keyedAny(first, second))).isEmpty();

        SendFaults.heal();
        List<ConsumerRecord<String, String>> published =
                TopicRecords.embedded().await(TOPIC, keyedAny(first, second), 3, PATIENCE);

        assertThat(distinctEventIds(published)).containsExactlyInAnyOrderElementsOf(storedIds(first, second));
        await().atMost(PATIENCE).until(() -> storedPosition() > before);
    }

    @Test
    void a_refused_event_holds_back_the_later_events_of_its_aggregate_and_its_batch_is_resent_whole() {
        awaitPublisherAtHead();
        String held = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String refusedTitle = "refused " + UUID.randomUUID();
        // Stored while the publisher is stopped, so that they are published as one batch.
        publisher().shutDown();
        long before = storedPosition();
        commands.sendAndWait(new OpenDossier(held, "held 0"));
        commands.sendAndWait(new AmendDossier(held, refusedTitle));
        commands.sendAndWait(new OpenDossier(other, "other 0"));
        commands.sendAndWait(new AmendDossier(held, "held 2"));
        List<String> heldIds = storedIds(held);
        int failuresBefore = SendFaults.failures();
        SendFaults.refuse(record -> record.value().contains(refusedTitle));
        publisher().start();

        await().atMost(PATIENCE).until(() -> SendFaults.failures() >= failuresBefore + 2);
        assertThat(storedPosition()).as("token").isEqualTo(before);
        List<ConsumerRecord<String, String>> whileRefused = TopicRecords.embedded().now(TOPIC, keyedAny(held, other));
        SendFaults.heal();
        // The other aggregate's event went out; of the held aggregate, only what precedes the refused event.
        assertThat(whileRefused.stream().filter(keyedAny(other))).isNotEmpty();
        assertThat(distinctEventIds(whileRefused.stream().filter(keyedAny(held)).toList()))
                .containsExactly(heldIds.get(0));

        TopicRecords.embedded().await(TOPIC, record -> heldIds.get(2).equals(header(record, IntegrationHeaders.EVENT_ID)),
                1, PATIENCE);
        await().atMost(PATIENCE).until(() -> storedPosition() > before);

        List<ConsumerRecord<String, String>> published = TopicRecords.embedded().now(TOPIC, keyedAny(held, other));
        assertThat(distinctEventIds(published)).containsExactlyInAnyOrderElementsOf(storedIds(held, other));
        // Resends repeat ids; read first-seen, the held aggregate's events are in the order they were stored.
        List<ConsumerRecord<String, String>> ofHeld = published.stream().filter(keyedAny(held)).toList();
        assertThat(distinctEventIds(ofHeld)).containsExactlyElementsOf(heldIds);
        assertThat(ofHeld.stream().filter(r -> heldIds.get(0).equals(header(r, IntegrationHeaders.EVENT_ID))))
                .as("the first event, acknowledged in every attempt, resent with its id").hasSizeGreaterThan(1);
    }

    @Test
    void a_token_reset_replays_past_the_publishing_handlers_and_republishes_nothing() {
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(first, "published once"));
        commands.sendAndWait(new OpenDossier(second, "published once too"));
        TopicRecords.embedded().await(TOPIC, keyedAny(first, second), 2, PATIENCE);
        awaitPublisherAtHead();
        int publishingCalls = publication.invocations();
        int resets = ledger.resets();
        int seen = ledger.seen();

        TrackingEventProcessor publisher = publisher();
        publisher.shutDown();
        publisher.resetTokens();
        publisher.start();

        long head = eventStore.createHeadToken().position().orElseThrow();
        // Axon flags the processor as replaying until an event past the reset point arrives: wait for the position.
        await().atMost(PATIENCE).until(() -> ledger.seen() > seen && replayedUpTo(head));
        assertThat(ledger.resets()).isEqualTo(resets + 1);
        assertThat(publication.invocations()).isEqualTo(publishingCalls);
        assertThat(TopicRecords.embedded().now(TOPIC, keyedAny(first, second))).hasSize(2);

        // After the replay the publisher carries on with new events.
        String afterwards = UUID.randomUUID().toString();
        commands.sendAndWait(new OpenDossier(afterwards, "after the reset"));
        TopicRecords.embedded().await(TOPIC, keyedAny(afterwards), 1, PATIENCE);
    }

    private TrackingEventProcessor publisher() {
        return processing.eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class)
                .orElseThrow();
    }

    private boolean replayedUpTo(long position) {
        Collection<EventTrackerStatus> status = publisher().processingStatus().values();
        return !status.isEmpty() && status.stream()
                .allMatch(segment -> segment.getCurrentPosition().orElse(-1) >= position);
    }

    /** Waits until the publisher has stored a token at the head of the event store; returns its position. */
    private long awaitPublisherAtHead() {
        TrackingToken headToken = eventStore.createHeadToken();
        long head = headToken == null ? -1 : headToken.position().orElse(-1);
        await().atMost(PATIENCE).until(() -> storedPosition() >= head);
        return storedPosition();
    }

    private long storedPosition() {
        TrackingToken token = transactionManager.fetchInTransaction(
                () -> tokenStore.fetchToken(IntegrationEventPublisher.PROCESSING_GROUP, 0));
        return token == null ? -1 : token.position().orElse(-1);
    }

    private List<String> storedIds(String... aggregateIds) {
        return List.of(aggregateIds).stream()
                .flatMap(id -> eventStore.readEvents(id).asStream().map(DomainEventMessage::getIdentifier))
                .toList();
    }

    private static Collection<String> distinctEventIds(List<ConsumerRecord<String, String>> records) {
        Set<String> ids = new LinkedHashSet<>();
        records.forEach(record -> ids.add(header(record, IntegrationHeaders.EVENT_ID)));
        return ids;
    }

    private static Predicate<ConsumerRecord<String, String>> keyedAny(String... keys) {
        Set<String> wanted = Set.of(keys);
        return record -> wanted.contains(record.key());
    }
}
