package org.corridor.benchmark.measure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.record.TimestampType;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Publication lag, seen from the broker: the service's topic stamps each record with the broker's own clock when
 * it is appended ({@code message.timestamp.type=LogAppendTime}), and the acknowledgement follows the append at
 * once on a single node. A consumer reads every record and compares that stamp with the envelope's
 * {@code occurredAt}, the stored event's timestamp. Nothing in the publisher is touched, so this measures
 * whatever publisher the platform has.
 */
public final class PublicationLag implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final LagWatch watch;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong received = new AtomicLong();
    private final AtomicBoolean appendTimeSeen = new AtomicBoolean();
    private final AtomicBoolean createTimeSeen = new AtomicBoolean();
    private final Thread reader;
    private volatile boolean running = true;

    private PublicationLag(KafkaConsumer<String, String> consumer, LagWatch watch) {
        this.consumer = consumer;
        this.watch = watch;
        this.reader = new Thread(this::read, "publication-lag");
        this.reader.setDaemon(true);
    }

    /**
     * Makes the topic stamp records on append (creating it if the platform has not yet), then follows it from its
     * current end.
     */
    public static PublicationLag follow(String bootstrapServers, String topic, LagWatch watch)
            throws ExecutionException, InterruptedException {
        stampOnAppend(bootstrapServers, topic);
        return followAsItIs(bootstrapServers, topic, watch);
    }

    private static void stampOnAppend(String bootstrapServers, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                        .configs(Map.of("message.timestamp.type", "LogAppendTime")))).all().get();
            } else {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                admin.incrementalAlterConfigs(Map.of(resource, List.of(new AlterConfigOp(
                        new ConfigEntry("message.timestamp.type", "LogAppendTime"), AlterConfigOp.OpType.SET))))
                        .all().get();
            }
        }
    }

    /**
     * Follows a topic someone else owns without changing it; unless it already stamps on append, the lag is taken
     * when this consumer receives a record, an upper bound.
     */
    public static PublicationLag followAsItIs(String bootstrapServers, String topic, LagWatch watch) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000));
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        PublicationLag lag = new PublicationLag(consumer, watch);
        lag.reader.start();
        return lag;
    }

    private void read() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    received.incrementAndGet();
                    observe(record);
                }
            }
        } catch (WakeupException stopping) {
            // close() woke the consumer
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void observe(ConsumerRecord<String, String> record) {
        Instant observedAt;
        if (record.timestampType() == TimestampType.LOG_APPEND_TIME) {
            appendTimeSeen.set(true);
            observedAt = Instant.ofEpochMilli(record.timestamp());
        } else {
            // A topic that kept producer timestamps: fall back to when this consumer saw the record, an upper bound.
            createTimeSeen.set(true);
            observedAt = Instant.now();
        }
        try {
            JsonNode envelope = json.readTree(record.value());
            watch.observe(envelope.path("eventId").asText(), instant(envelope.path("occurredAt")), observedAt);
        } catch (Exception notAnEnvelope) {
            // Not ours to judge here; the count of observed events against stored ones shows any gap.
        }
    }

    private static Instant instant(JsonNode value) {
        if (value.isNumber()) {
            BigDecimal seconds = value.decimalValue();
            return Instant.ofEpochSecond(seconds.longValue(),
                    seconds.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
        return Instant.parse(value.asText());
    }

    /** Records read so far, of any phase. */
    public long received() {
        return received.get();
    }

    /** How the lag was taken: the broker's append time, or (if the topic kept producer time) receipt here. */
    public String method() {
        if (appendTimeSeen.get() && !createTimeSeen.get()) {
            return "broker append time (LogAppendTime) minus the event's timestamp";
        }
        if (createTimeSeen.get()) {
            return "receipt by a consumer minus the event's timestamp (topic kept CreateTime for some records)";
        }
        return "no record seen";
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
