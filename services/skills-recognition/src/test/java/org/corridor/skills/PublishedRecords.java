package org.corridor.skills;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationHeaders;
import org.corridor.kernel.messaging.TopicRecords;

import java.time.Duration;
import java.util.List;

/** This service's topic as the kernel's {@link TopicRecords} reads it, by key and event type. */
public final class PublishedRecords {

    public static final String TOPIC = "skills-recognition.events";

    private PublishedRecords() {
    }

    /** Waits until {@code count} records keyed {@code key} of {@code eventType} are on the topic; in order. */
    public static List<ConsumerRecord<String, String>> await(String key, String eventType, int count) {
        return TopicRecords.embedded().await(TOPIC, record -> key.equals(record.key())
                && eventType.equals(TopicRecords.header(record, IntegrationHeaders.EVENT_TYPE)), count,
                Duration.ofSeconds(30));
    }

    /** Waits until a record keyed {@code key} of {@code eventType} is on the topic, and returns the first. */
    public static ConsumerRecord<String, String> awaitOne(String key, String eventType) {
        return await(key, eventType, 1).get(0);
    }

    /** Everything on the topic now. */
    public static List<ConsumerRecord<String, String>> everything() {
        return TopicRecords.embedded().now(TOPIC, record -> true);
    }
}
