package org.corridor.skills;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads the raw records of this service's topic, as any consumer on the broker would see them. */
public final class PublishedRecords {

    public static final String TOPIC = "skills-recognition.events";

    private PublishedRecords() {
    }

    /** Waits until a record keyed {@code key} whose value names {@code eventType} is on the topic, and returns it. */
    public static ConsumerRecord<String, String> awaitOne(String key, String eventType) {
        return awaitAll(r -> key.equals(r.key()) && r.value().contains("\"eventType\":\"" + eventType + "\""), 1).get(0);
    }

    /** Waits until at least {@code count} records match, reading the topic from its start. */
    public static List<ConsumerRecord<String, String>> awaitAll(Predicate<ConsumerRecord<String, String>> wanted,
                                                                int count) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("group.id", "test-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
                return found.size() >= count;
            });
            return found;
        }
    }

    /** Every record on the topic from its start up to (and including) the first that matches {@code last}. */
    public static List<ConsumerRecord<String, String>> allUntil(Predicate<ConsumerRecord<String, String>> last) {
        List<ConsumerRecord<String, String>> all = new ArrayList<>();
        boolean[] seen = {false};
        awaitAll(r -> {
            if (!seen[0]) {
                all.add(r);
                seen[0] = last.test(r);
            }
            return seen[0];
        }, 1);
        return all;
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
