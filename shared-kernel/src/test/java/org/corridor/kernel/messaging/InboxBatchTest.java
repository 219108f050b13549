package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.sample.PartnerNotices;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox's batch path without a broker: what one call of {@link IntegrationEventRoutes#receiveAll} costs in round
 * trips to Mongo, and which records it handles, records and names when one fails. Outside a listener container
 * there is no consumer group, so the processed ids are the event ids themselves.
 */
class InboxBatchTest {

    static final String TOPIC = "partner.events";
    static final String WITHDRAWN = "partner.notice-withdrawn.v1";
    static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    final List<String> commands = new ArrayList<>();
    final Map<String, Integer> handled = new ConcurrentHashMap<>();
    MongoClient client;
    MongoTemplate mongo;
    IntegrationEventInbox inbox;
    long offset;

    @BeforeEach
    void inbox() {
        client = EmbeddedInfrastructure.mongoClientRecording(commands);
        mongo = new MongoTemplate(client, "inbox-batch-test-" + UUID.randomUUID());
        inbox = new IntegrationEventInbox(mongo, JSON, new SimpleMeterRegistry(), getClass().getClassLoader());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void a_batch_costs_one_query_and_one_insert_and_handles_a_resend_and_a_copy_within_it_once() throws Exception {
        IntegrationEventRoutes routes = routes((notice, event) -> { });
        String resent = UUID.randomUUID().toString();
        routes.receiveAll(List.of(notice(resent)));
        String copied = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        commands.clear();

        routes.receiveAll(List.of(notice(resent), notice(copied), notice(copied),
                event(UUID.randomUUID().toString(), WITHDRAWN), notice(last)));

        assertThat(commands).containsExactly("find", "insert");
        assertThat(handled).containsOnly(Map.entry(resent, 1), Map.entry(copied, 1), Map.entry(last, 1));
        assertThat(inbox.hasProcessed(null, copied)).isTrue();
        assertThat(inbox.hasProcessed(null, last)).isTrue();
    }

    @Test
    void a_batch_of_nothing_to_handle_costs_nothing() throws Exception {
        IntegrationEventRoutes routes = routes((notice, event) -> { });
        routes.receiveAll(List.of(event(UUID.randomUUID().toString(), WITHDRAWN)));
        routes.receiveAll(List.of());
        assertThat(commands).isEmpty();
    }

    @Test
    void an_id_another_instance_recorded_meanwhile_does_not_keep_the_others_of_the_batch_unrecorded() throws Exception {
        String raced = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        // The other instance handles the same resend at the same time, and records it first.
        IntegrationEventRoutes routes = routes((notice, event) -> {
            if (event.eventId().equals(raced)) {
                mongo.insert(new IntegrationEventInbox.ProcessedEvent(raced, event.type(), Instant.now()),
                        IntegrationEventInbox.PROCESSED_EVENTS);
            }
        });

        routes.receiveAll(List.of(notice(raced), notice(after)));

        assertThat(inbox.hasProcessed(null, raced)).isTrue();
        assertThat(inbox.hasProcessed(null, after)).isTrue();
    }

    @Test
    void a_failure_names_its_record_once_the_ids_before_it_are_recorded_and_nothing_after_it_runs() throws Exception {
        String before = UUID.randomUUID().toString();
        String failing = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        IntegrationEventRoutes routes = routes((notice, event) -> {
            if (event.eventId().equals(failing)) {
                throw new IllegalStateException("downstream unavailable");
            }
        });
        ConsumerRecord<String, String> failed = notice(failing);

        assertThatThrownBy(() -> routes.receiveAll(List.of(notice(before), failed, notice(after))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        thrown -> assertThat(thrown.getRecord()).isSameAs(failed))
                .hasMessageContaining("downstream unavailable")
                .hasCauseInstanceOf(IllegalStateException.class);
        assertThat(inbox.hasProcessed(null, before)).isTrue();
        assertThat(inbox.hasProcessed(null, failing)).isFalse();
        assertThat(inbox.hasProcessed(null, after)).isFalse();
        assertThat(handled).containsOnlyKeys(before);
    }

    @Test
    void a_record_that_is_not_an_integration_event_fails_in_its_turn_after_the_records_before_it() throws Exception {
        String before = UUID.randomUUID().toString();
        String after = UUID.randomUUID().toString();
        IntegrationEventRoutes routes = routes((notice, event) -> { });
        ConsumerRecord<String, String> poison = record("{ this is not an integration event");

        assertThatThrownBy(() -> routes.receiveAll(List.of(notice(before), poison, notice(after))))
                .isInstanceOfSatisfying(BatchListenerFailedException.class,
                        thrown -> assertThat(thrown.getRecord()).isSameAs(poison))
                .hasMessageContaining("not an integration event")
                .hasCauseInstanceOf(MalformedIntegrationEventException.class);
        assertThat(handled).containsOnlyKeys(before);
        assertThat(inbox.hasProcessed(null, before)).isTrue();
    }

    @Test
    void one_record_alone_throws_its_own_failure_as_before() throws Exception {
        IntegrationEventRoutes routes = routes((notice, event) -> {
            throw new IllegalStateException("downstream unavailable");
        });
        assertThatThrownBy(() -> routes.receive(notice(UUID.randomUUID().toString())))
                .isExactlyInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> routes.receive(record("not json")))
                .isExactlyInstanceOf(MalformedIntegrationEventException.class);
        String resent = UUID.randomUUID().toString();
        IntegrationEventRoutes passing = routes((notice, event) -> { });
        passing.receive(notice(resent));
        commands.clear();
        passing.receive(notice(resent));
        assertThat(commands).as("a resend costs one look-up").containsExactly("find");
        assertThat(handled).containsOnly(Map.entry(resent, 1));
    }

    private IntegrationEventRoutes routes(
            BiConsumer<PartnerNotices.NoticeV1, IntegrationEventInbox.ReceivedEvent> then) {
        return inbox.routes().on(PartnerNotices.NOTICE_GIVEN, PartnerNotices.NoticeV1.class, (notice, event) -> {
            then.accept(notice, event);
            handled.merge(event.eventId(), 1, Integer::sum);
        }).build();
    }

    private ConsumerRecord<String, String> notice(String eventId) throws Exception {
        return event(eventId, PartnerNotices.NOTICE_GIVEN);
    }

    private ConsumerRecord<String, String> event(String eventId, String type) throws Exception {
        String noticeId = UUID.randomUUID().toString();
        return record(JSON.writeValueAsString(Map.of(
                "eventId", eventId,
                "eventType", type,
                "source", "partner",
                "aggregateId", noticeId,
                "aggregateVersion", 0,
                "occurredAt", Instant.now().toString(),
                "correlationId", UUID.randomUUID().toString(),
                "causationId", UUID.randomUUID().toString(),
                "payload", Map.of("noticeId", noticeId, "quantity", 12, "failuresFirst", 0))));
    }

    private ConsumerRecord<String, String> record(String value) {
        return new ConsumerRecord<>(TOPIC, 0, offset++, "key", value);
    }
}
