package org.corridor.kernel.messaging;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.awaitility.Awaitility;
import org.corridor.kernel.testing.EmbeddedInfrastructure;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Makes the broker refuse records on demand: a record picked by {@link #refuse} is swapped for one larger than
 * the topic accepts (but small enough for the producer to send), so the broker rejects it and the send fails
 * after it was handed to the producer, as a write refused by an unhealthy cluster does. Inert until a test calls
 * {@link #refuse}; configured on the test service's producer through
 * {@code spring.kafka.producer.properties.interceptor.classes}.
 */
public class SendFaults implements ProducerInterceptor<String, String> {

    private static final int TOPIC_LIMIT = 64 * 1024;
    private static final String OVERSIZED = "x".repeat(2 * TOPIC_LIMIT);
    private static volatile Predicate<ProducerRecord<String, String>> refused = record -> false;
    private static final AtomicInteger failures = new AtomicInteger();

    /**
     * Lowers the largest record {@code topic} accepts to 64 KiB: ample for integration events, not for a refused one.
     * Returns once the broker reports the limit: the controller accepts a change before the broker applies it from
     * the metadata log, and a record sent in between would be accepted.
     */
    public static void limitRecordSize(String topic) throws ExecutionException, InterruptedException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        String limit = Integer.toString(TOPIC_LIMIT);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers()))) {
            admin.incrementalAlterConfigs(Map.of(resource,
                    List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, limit),
                            AlterConfigOp.OpType.SET)))).all().get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> limit.equals(admin.describeConfigs(List.of(resource)).all().get()
                            .get(resource).get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value()));
        }
    }

    /** From now on, the broker refuses every record matching {@code which} (on a topic with a limited size). */
    public static void refuse(Predicate<ProducerRecord<String, String>> which) {
        refused = which;
    }

    public static void heal() {
        refused = record -> false;
    }

    /** Sends that failed since the test service started, whatever the cause. */
    public static int failures() {
        return failures.get();
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> record) {
        if (!refused.test(record)) {
            return record;
        }
        return new ProducerRecord<>(record.topic(), record.partition(), record.timestamp(), record.key(), OVERSIZED,
                record.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
        if (exception != null) {
            failures.incrementAndGet();
        }
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
