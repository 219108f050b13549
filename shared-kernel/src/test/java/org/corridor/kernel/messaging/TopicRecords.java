package org.corridor.kernel.messaging;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a topic from its start, without joining a consumer group (assigned partitions: no rebalance to wait for).
 * For tests: what was published, in the order of each partition.
 */
public final class TopicRecords {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String bootstrapServers;

    private TopicRecords(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** On the test JVM's embedded broker. */
    public static TopicRecords embedded() {
        return on(EmbeddedInfrastructure.kafkaBootstrapServers());
    }

    public static TopicRecords on(String bootstrapServers) {
        return new TopicRecords(bootstrapServers);
    }

    /** Everything on {@code topic} now that matches {@code which}, partition by partition. */
    public List<ConsumerRecord<String, String>> now(String topic, Predicate<ConsumerRecord<String, String>> which) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromStart(consumer, topic);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                consumer.poll(POLL).forEach(record -> {
                    if (which.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    /** Waits until {@code topic} holds at least {@code count} records matching {@code which}; returns all of them. */
    public List<ConsumerRecord<String, String>> await(String topic, Predicate<ConsumerRecord<String, String>> which,
                                                      int count, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignFromStart(consumer, topic);
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (found.size() < count) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("expected " + count + " matching records on " + topic + " within "
                            + timeout + ", found " + found.size() + ": " + found);
                }
                consumer.poll(POLL).forEach(record -> {
                    if (which.test(record)) {
                        found.add(record);
                    }
                });
            }
            return found;
        }
    }

    public static Predicate<ConsumerRecord<String, String>> keyed(String key) {
        return record -> key.equals(record.key());
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static boolean reached(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private static List<TopicPartition> assignFromStart(KafkaConsumer<String, String> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        List<TopicPartition> partitions = infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}
