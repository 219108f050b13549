package org.corridor.permits.testing;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads what the service published to {@code visa-permit-tracking.events}, from the start of the topic. */
public final class PublishedEvents {

    public static final String TOPIC = "visa-permit-tracking.events";

    private PublishedEvents() {
    }

    /** Every record of {@code key}, once {@code enough} holds for them. */
    public static List<ConsumerRecord<String, String>> awaitRecords(String key,
                                                                   Predicate<List<ConsumerRecord<String, String>>> enough) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("group.id", "test-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return enough.test(found);
            });
            return found;
        }
    }

    public static long ofType(List<ConsumerRecord<String, String>> records, String type) {
        return records.stream().filter(r -> r.value().contains("\"eventType\":\"" + type + "\"")).count();
    }
}
