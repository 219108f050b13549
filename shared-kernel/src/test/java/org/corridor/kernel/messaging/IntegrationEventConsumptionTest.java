package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.kernel.messaging.sample.PartnerNotices;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.support.KafkaHeaders;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.kernel.messaging.TopicRecords.header;
import static org.corridor.kernel.messaging.TopicRecords.keyed;

/**
 * Consumers: at-least-once delivery made exactly-once in effect, transient faults retried, poison parked aside,
 * types without a route skipped and counted.
 */
@CorridorServiceTest
class IntegrationEventConsumptionTest {

    static final String DEAD_LETTERS = PartnerNotices.TOPIC + ".DLT";
    /** A type the partner publishes and {@link PartnerNotices} has no route for. */
    static final String WITHDRAWN = "partner.notice-withdrawn.v1";
    static final ObjectMapper JSON = new ObjectMapper();
    static KafkaProducer<String, String> partner;

    @Autowired
    PartnerNotices notices;

    @Autowired
    IntegrationEventInbox inbox;

    @Autowired
    MeterRegistry meters;

    @BeforeAll
    static void partnerService() {
        partner = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closePartner() {
        partner.close();
    }

    @Test
    void an_event_id_delivered_twice_is_handled_once() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String resent = notice(eventId, noticeId, 0, 0);
        send(noticeId, resent);
        send(noticeId, resent);
        String followingId = UUID.randomUUID().toString();
        send(noticeId, notice(followingId, noticeId, 1, 0));

        // The following event on the same partition is handled only after both copies went through.
        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(followingId) == 1);
        assertThat(notices.handled(eventId)).isEqualTo(1);
        assertThat(notices.attempts(eventId)).isEqualTo(1);
        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, eventId)).isTrue();
        assertThat(inbox.hasProcessed("another-consumer-group", eventId)).isFalse();
    }

    @Test
    void a_transient_failure_is_retried_with_back_off_and_handled_once_without_a_dead_letter() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(noticeId, notice(eventId, noticeId, 0, 2));

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(eventId) == 1);
        assertThat(notices.attempts(eventId)).isEqualTo(3);
        assertThat(TopicRecords.embedded().now(DEAD_LETTERS, keyed(noticeId))).isEmpty();
    }

    @Test
    void a_record_that_is_not_json_goes_to_the_dead_letter_topic_and_its_partition_moves_on() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        RecordMetadata poison = send(noticeId, "{ this is not an integration event");
        String nextId = UUID.randomUUID().toString();
        RecordMetadata next = send(noticeId, notice(nextId, noticeId, 1, 0));
        assertThat(next.partition()).isEqualTo(poison.partition());

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(nextId) == 1);
        ConsumerRecord<String, String> deadLetter = TopicRecords.embedded()
                .await(DEAD_LETTERS, keyed(noticeId), 1, Duration.ofSeconds(10)).get(0);
        assertThat(deadLetter.value()).isEqualTo("{ this is not an integration event");
        assertOriginAndCause(deadLetter, poison, "not an integration event");
    }

    @Test
    void a_payload_that_breaks_the_consumers_schema_goes_to_the_dead_letter_topic_at_once_with_every_violation()
            throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String misfitId = UUID.randomUUID().toString();
        ObjectNode misfit = (ObjectNode) JSON.readTree(notice(misfitId, noticeId, 0, 0));
        ((ObjectNode) misfit.get("payload")).put("quantity", "a dozen");
        ((ObjectNode) misfit.get("payload")).remove("noticeId");
        RecordMetadata poison = send(noticeId, misfit.toString());
        String nextId = UUID.randomUUID().toString();
        send(noticeId, notice(nextId, noticeId, 1, 0));

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(nextId) == 1);
        ConsumerRecord<String, String> deadLetter = TopicRecords.embedded()
                .await(DEAD_LETTERS, keyed(noticeId), 1, Duration.ofSeconds(10)).get(0);
        assertThat(header(deadLetter, "corridor-event-id")).isEqualTo(misfitId);
        assertOriginAndCause(deadLetter, poison, "payload of " + PartnerNotices.NOTICE_GIVEN + " " + misfitId
                + " breaks the consumer's copy of its schema (contracts/consumed/partner.notice-given.v1.schema.json)");
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE))
                .contains("2 violation(s)").contains("$.quantity").contains("noticeId");
        assertThat(notices.attempts(misfitId)).as("not retried, the handler never ran").isZero();
        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, misfitId)).isFalse();
    }

    @Test
    void a_field_the_publisher_added_is_no_violation_of_the_consumers_copy() throws Exception {
        // The copy says additionalProperties: false, as the published contracts do; a publisher may still add a field.
        String noticeId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        send(noticeId, event(eventId, PartnerNotices.NOTICE_GIVEN, noticeId, 0,
                Map.of("noticeId", noticeId, "quantity", 12, "failuresFirst", 0, "remarks", "added in a later release")));

        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(eventId) == 1);
        assertThat(TopicRecords.embedded().now(DEAD_LETTERS, keyed(noticeId))).as("not a dead letter").isEmpty();
    }

    @Test
    void an_event_type_without_a_route_is_skipped_counted_and_not_recorded() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String withdrawnId = UUID.randomUUID().toString();
        double skippedBefore = skipped(WITHDRAWN);
        send(noticeId, event(withdrawnId, WITHDRAWN, noticeId, 1, Map.of("noticeId", noticeId)));
        String nextId = UUID.randomUUID().toString();
        send(noticeId, notice(nextId, noticeId, 2, 0));

        // Same key, same partition: once the next event is handled, the unrouted one before it was read.
        await().atMost(Duration.ofSeconds(20)).until(() -> notices.handled(nextId) == 1);
        assertThat(skipped(WITHDRAWN) - skippedBefore).isEqualTo(1.0);
        assertThat(notices.attempts(withdrawnId)).isZero();
        assertThat(inbox.hasProcessed(PartnerNotices.GROUP, withdrawnId)).as("not recorded as processed").isFalse();
        assertThat(TopicRecords.embedded().now(DEAD_LETTERS, keyed(noticeId))).as("not a dead letter").isEmpty();
    }

    @Test
    void every_listened_topic_has_its_dead_letter_topic_before_the_first_dead_letter() throws Exception {
        // Nothing ever fails on messaging-test.events, so only the start-up can have created its dead-letter topic
        // (describing a topic, unlike reading it, does not create it on a broker that creates topics on first use).
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(
                    List.of(DEAD_LETTERS, "messaging-test.events.DLT")).allTopicNames().get();
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(3));
        }
    }

    private static void assertOriginAndCause(ConsumerRecord<String, String> deadLetter, RecordMetadata original,
                                             String reason) {
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PartnerNotices.TOPIC);
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value())
                .getInt()).isEqualTo(original.partition());
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                .getLong()).isEqualTo(original.offset());
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_FQCN)).isNotBlank();
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains(reason);
        assertThat(header(deadLetter, KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                .contains(MalformedIntegrationEventException.class.getName());
    }

    private static RecordMetadata send(String key, String value) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(PartnerNotices.TOPIC, key, value);
        try {
            String eventId = JSON.readTree(value).path("eventId").asText(null);
            if (eventId != null) {
                record.headers().add("corridor-event-id", eventId.getBytes());
            }
        } catch (Exception notJson) {
            // a poison record carries no headers
        }
        return partner.send(record).get();
    }

    private double skipped(String type) {
        Counter counter = meters.find(IntegrationEventInbox.SKIPPED_METRIC)
                .tags("type", type, "topic", PartnerNotices.TOPIC, "group", PartnerNotices.GROUP).counter();
        return counter == null ? 0 : counter.count();
    }

    /** A {@code partner.notice-given.v1} as the partner publishes it. */
    static String notice(String eventId, String noticeId, long version, int failuresFirst) throws Exception {
        return event(eventId, PartnerNotices.NOTICE_GIVEN, noticeId, version,
                Map.of("noticeId", noticeId, "quantity", 12, "failuresFirst", failuresFirst));
    }

    private static String event(String eventId, String type, String noticeId, long version, Map<String, Object> payload)
            throws Exception {
        Map<String, Object> envelope = Map.of(
                "eventId", eventId,
                "eventType", type,
                "source", "partner",
                "aggregateId", noticeId,
                "aggregateVersion", version,
                "occurredAt", Instant.now().toString(),
                "correlationId", UUID.randomUUID().toString(),
                "causationId", UUID.randomUUID().toString(),
                "payload", payload);
        return JSON.writeValueAsString(envelope);
    }
}
