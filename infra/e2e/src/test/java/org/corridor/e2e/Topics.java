package org.corridor.e2e;

import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.awaitility.Awaitility.await;

/** The platform's Kafka topics as they are stored: every record, read from the start to the end offsets. */
final class Topics {

    /** The topic each service publishes its integration events to. */
    static final List<String> EVENTS = List.of("skills-recognition.events", "employer-matching.events",
            "visa-permit-tracking.events", "return-reintegration.events", "identity.events");

    private Topics() {
    }

    /** Every topic on the broker but Kafka's own (consumer offsets): event topics, dead-letter topics, any other. */
    static List<String> all(String bootstrapServers) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        try (Admin admin = Admin.create(properties)) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(name -> !name.startsWith("__")).sorted().toList();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the topics of " + bootstrapServers, e);
        }
    }

    /** Every record of {@code topic}, from each partition's start to the end offset it had when the read began. */
    static List<ConsumerRecord<String, String>> readWhole(String bootstrapServers, String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", bootstrapServers);
        properties.put("auto.offset.reset", "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            // No group join: every partition is assigned and read to its end, nothing left to chance.
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await("the whole of " + topic + " read").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10)).until(() -> {
                        consumer.poll(Duration.ofMillis(500)).forEach(records::add);
                        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                    });
        }
        return records;
    }
}
