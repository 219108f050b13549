package org.corridor.returns;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/** Reads and writes the real topics of the shared test broker. */
public final class Topics {

    public static final String OWN = "return-reintegration.events";

    private Topics() {
    }

    /** Sends a record and waits for the broker's acknowledgement. */
    public static void send(String topic, String key, String value) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("acks", "all");
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException("could not send to " + topic, e);
        }
    }

    /** Waits until {@code count} records with the key and event type are on the topic, and returns them all. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String topic, String key, String eventType,
                                                                    int count) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("group.id", "test-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (key.equals(r.key()) && r.headers().lastHeader("corridor-event-type") != null
                            && eventType.equals(new String(r.headers().lastHeader("corridor-event-type").value(),
                            StandardCharsets.UTF_8))) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
            return found;
        }
    }

    public static ConsumerRecord<String, String> awaitRecord(String topic, String key, String eventType) {
        return awaitRecords(topic, key, eventType, 1).get(0);
    }
}
