package org.corridor.kernel.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.kernel.messaging.sample.PartnerNoticeBatches;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.kernel.messaging.IntegrationEventConsumptionTest.notice;
import static org.corridor.kernel.messaging.TopicRecords.header;
import static org.corridor.kernel.messaging.TopicRecords.keyed;

/**
 * A batch listener ({@link PartnerNoticeBatches}) through {@link IntegrationEventRoutes#receiveAll}: the same
 * effect as records one by one, a failure confined to its record by the container's error handler. Each test
 * sends its records as one producer batch, so that they reach the listener in one batch (asserted, not assumed).
 */
@CorridorServiceTest
class IntegrationEventBatchConsumptionTest {

    static final String DEAD_LETTERS = PartnerNoticeBatches.TOPIC + ".DLT";
    static final ObjectMapper JSON = new ObjectMapper();
    static KafkaProducer<String, String> partner;
    /** Holds what is sent until flushed, so that records sent together reach the broker as one batch. */
    static KafkaProducer<String, String> bulkPartner;

    @Autowired
    PartnerNoticeBatches notices;

    @Autowired
    IntegrationEventInbox inbox;

    @Autowired
    MessagingProperties properties;

    @BeforeAll
    static void partnerService() {
        partner = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer());
        bulkPartner = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 60_000),
                new StringSerializer(), new StringSerializer());
    }

    @AfterAll
    static void closePartner() {
        partner.close();
        bulkPartner.close();
    }

    @Test
    void a_batch_with_a_resend_and_a_copy_within_it_handles_each_event_once() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String resentId = UUID.randomUUID().toString();
        String resent = notice(resentId, noticeId, 0, 0);
        send(noticeId, resent);
        await().atMost(Duration.ofSeconds(30)).until(() -> notices.handled(resentId) == 1);
        String copiedId = UUID.randomUUID().toString();
        String copied = notice(copiedId, noticeId, 1, 0);
        String lastId = UUID.randomUUID().toString();

        List<RecordMetadata> batch = inOneBatch(noticeId, resent, copied, copied, notice(lastId, noticeId, 2, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> notices.handled(lastId) == 1);
        assertThat(notices.handled(resentId)).isEqualTo(1);
        assertThat(notices.attempts(resentId)).isEqualTo(1);
        assertThat(notices.handled(copiedId)).isEqualTo(1);
        assertThat(notices.attempts(copiedId)).isEqualTo(1);
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, copiedId)).isTrue();
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, lastId)).isTrue();
        assertOneBatch(batch);
    }

    @Test
    void a_failure_in_the_middle_of_a_batch_is_retried_and_parked_alone_and_the_records_around_it_are_handled_once()
            throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String beforeId = UUID.randomUUID().toString();
        String failingId = UUID.randomUUID().toString();
        String afterId = UUID.randomUUID().toString();

        List<RecordMetadata> batch = inOneBatch(noticeId, notice(beforeId, noticeId, 0, 0),
                notice(failingId, noticeId, 1, 1000), notice(afterId, noticeId, 2, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> notices.handled(afterId) == 1);
        assertOneBatch(batch);
        RecordMetadata before = batch.get(0);
        RecordMetadata failing = batch.get(1);
        assertThat(notices.handled(beforeId)).isEqualTo(1);
        assertThat(notices.attempts(beforeId)).isEqualTo(1);
        assertThat(notices.deliveries(before.partition(), before.offset()))
                .as("committed before the retries, not read again").isEqualTo(1);
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, beforeId)).isTrue();

        assertThat(notices.attempts(failingId)).isEqualTo(properties.retries() + 1);
        assertThat(notices.failures(failing.partition(), failing.offset())).isEqualTo(properties.retries() + 1);
        assertThat(notices.handled(failingId)).isZero();
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, failingId)).isFalse();
        List<ConsumerRecord<String, String>> parked = TopicRecords.embedded().now(DEAD_LETTERS, keyed(noticeId));
        assertThat(parked).hasSize(1);
        assertOrigin(parked.get(0), failing);
        assertThat(header(parked.get(0), "corridor-event-id")).isEqualTo(failingId);
        assertThat(header(parked.get(0), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("downstream unavailable");

        assertThat(notices.attempts(afterId)).isEqualTo(1);
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, afterId)).isTrue();
    }

    @Test
    void malformed_records_in_a_batch_go_to_the_dead_letter_topic_at_once_and_the_rest_are_handled() throws Exception {
        String noticeId = UUID.randomUUID().toString();
        String beforeId = UUID.randomUUID().toString();
        String misfitId = UUID.randomUUID().toString();
        String afterId = UUID.randomUUID().toString();
        ObjectNode misfit = (ObjectNode) JSON.readTree(notice(misfitId, noticeId, 1, 0));
        ((ObjectNode) misfit.get("payload")).put("quantity", "a dozen");

        List<RecordMetadata> batch = inOneBatch(noticeId, notice(beforeId, noticeId, 0, 0),
                "{ this is not an integration event", misfit.toString(), notice(afterId, noticeId, 2, 0));

        await().atMost(Duration.ofSeconds(30)).until(() -> notices.handled(afterId) == 1);
        assertOneBatch(batch);
        RecordMetadata notJson = batch.get(1);
        RecordMetadata breaksSchema = batch.get(2);
        assertThat(notices.failures(notJson.partition(), notJson.offset())).as("not retried").isEqualTo(1);
        assertThat(notices.failures(breaksSchema.partition(), breaksSchema.offset())).as("not retried").isEqualTo(1);
        assertThat(notices.attempts(misfitId)).as("the handler never ran").isZero();
        List<ConsumerRecord<String, String>> parked = TopicRecords.embedded()
                .await(DEAD_LETTERS, keyed(noticeId), 2, Duration.ofSeconds(10));
        assertThat(parked).hasSize(2);
        assertOrigin(parked.get(0), notJson);
        assertThat(header(parked.get(0), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("not an integration event");
        assertOrigin(parked.get(1), breaksSchema);
        assertThat(header(parked.get(1), KafkaHeaders.DLT_EXCEPTION_MESSAGE)).contains("payload of "
                + PartnerNotices.NOTICE_GIVEN + " " + misfitId + " breaks the consumer's copy of its schema");
        assertThat(header(parked.get(1), KafkaHeaders.DLT_EXCEPTION_STACKTRACE))
                .contains(MalformedIntegrationEventException.class.getName());

        assertThat(notices.handled(beforeId)).isEqualTo(1);
        assertThat(notices.attempts(afterId)).isEqualTo(1);
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, beforeId)).isTrue();
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, misfitId)).isFalse();
        assertThat(inbox.hasProcessed(PartnerNoticeBatches.GROUP, afterId)).isTrue();
    }

    /**
     * Sends the records as one producer batch (one key, one partition, flushed together): the broker appends them at
     * once, so a fetch finds all of them or none, and the listener gets them in one batch.
     */
    private List<RecordMetadata> inOneBatch(String key, String... values) throws Exception {
        List<Future<RecordMetadata>> sending = new ArrayList<>();
        for (String value : values) {
            sending.add(bulkPartner.send(record(key, value)));
        }
        bulkPartner.flush();
        List<RecordMetadata> sent = new ArrayList<>();
        for (Future<RecordMetadata> send : sending) {
            sent.add(send.get());
        }
        return sent;
    }

    private void assertOneBatch(List<RecordMetadata> sent) {
        List<String> offsets = sent.stream().map(record -> record.partition() + "@" + record.offset()).toList();
        RecordMetadata first = sent.get(0);
        assertThat(notices.firstBatchWith(first.partition(), first.offset()))
                .as("the records came in one batch").containsAll(offsets);
    }

    private static void assertOrigin(ConsumerRecord<String, String> deadLetter, RecordMetadata original) {
        assertThat(header(deadLetter, KafkaHeaders.DLT_ORIGINAL_TOPIC)).isEqualTo(PartnerNoticeBatches.TOPIC);
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION).value())
                .getInt()).isEqualTo(original.partition());
        assertThat(ByteBuffer.wrap(deadLetter.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET).value())
                .getLong()).isEqualTo(original.offset());
    }

    private static RecordMetadata send(String key, String value) throws Exception {
        return partner.send(record(key, value)).get();
    }

    private static ProducerRecord<String, String> record(String key, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(PartnerNoticeBatches.TOPIC, key, value);
        try {
            String eventId = JSON.readTree(value).path("eventId").asText(null);
            if (eventId != null) {
                record.headers().add("corridor-event-id", eventId.getBytes());
            }
        } catch (Exception notJson) {
            // a poison record carries no headers
        }
        return record;
    }
}
