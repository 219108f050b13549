package org.corridor.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void a_record_written_with_acks_all_is_consumed_and_is_still_there_after_a_restart_on_the_same_folder()
            throws Exception {
        Path logDir = dataDir.resolve("kafka");
        // Bound again by the second start: outside the ephemeral range, no connection can take it in between.
        int port = FreePorts.any();
        List<String> fatal = new ArrayList<>();
        String topic = "trainee-enrolled";

        try (KafkaBroker broker = KafkaBroker.start(logDir, port, fatal::add)) {
            assertThat(broker.formattedNow()).isTrue();
            assertThat(Files.exists(logDir.resolve("meta.properties"))).isTrue();
            RecordMetadata written = produce(broker.bootstrapServers(), topic, "trainee-1", "{\"event\":\"enrolled\"}");
            assertThat(written.offset()).isZero();
            assertThat(consumeAll(broker.bootstrapServers(), topic, 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("trainee-1", "{\"event\":\"enrolled\"}"));
        }

        try (KafkaBroker broker = KafkaBroker.start(logDir, port, fatal::add)) {
            assertThat(broker.formattedNow()).as("the second start reuses the formatted storage").isFalse();
            assertThat(consumeAll(broker.bootstrapServers(), topic, 1))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("trainee-1", "{\"event\":\"enrolled\"}"));
        }
        assertThat(fatal).isEmpty();
    }

    private static RecordMetadata produce(String bootstrap, String topic, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            // the topic does not exist yet: auto creation is on
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Reads the topic from the beginning with a group of its own, until {@code expected} records came. */
    private static List<ConsumerRecord<String, String>> consumeAll(String bootstrap, String topic, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            await(expected + " records from " + topic).atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10)).until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                        return records.size() >= expected;
                    });
        }
        return records;
    }
}
