package org.corridor.kernel.messaging.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link PartnerNotices} as a batch listener, on a topic of its own: the partner's notices in bulk. Besides what it
 * handled, it counts how often each record was delivered and how often it was the one that failed its batch, and
 * keeps which records came in each batch, so a test can tell a retry from a first delivery and a batch from records
 * one by one.
 */
@Component
public class PartnerNoticeBatches {

    public static final String TOPIC = "partner.bulk-events";
    public static final String GROUP = "messaging-test-partner-bulk";
    public static final String LISTENER = "messaging-test.partner-bulk-events";

    private final IntegrationEventRoutes routes;
    private final HandledNotices notices = new HandledNotices();
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final List<List<String>> batches = new CopyOnWriteArrayList<>();

    PartnerNoticeBatches(IntegrationEventInbox inbox) {
        this.routes = inbox.routes()
                .on(PartnerNotices.NOTICE_GIVEN, PartnerNotices.NoticeV1.class, notices::onNoticeGiven).build();
    }

    @KafkaListener(topics = TOPIC, groupId = GROUP, id = LISTENER, batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        batches.add(records.stream().map(PartnerNoticeBatches::at).toList());
        records.forEach(record -> deliveries.computeIfAbsent(at(record), at -> new AtomicInteger()).incrementAndGet());
        try {
            routes.receiveAll(records);
        } catch (BatchListenerFailedException failed) {
            failures.computeIfAbsent(at(failed.getRecord()), at -> new AtomicInteger()).incrementAndGet();
            throw failed;
        }
    }

    public int attempts(String eventId) {
        return notices.attempts(eventId);
    }

    public int handled(String eventId) {
        return notices.handled(eventId);
    }

    /** How often the record at {@code partition@offset} of {@link #TOPIC} was handed to the listener. */
    public int deliveries(int partition, long offset) {
        return deliveries.getOrDefault(partition + "@" + offset, new AtomicInteger()).get();
    }

    /** How often the record at {@code partition@offset} of {@link #TOPIC} was the one that failed its batch. */
    public int failures(int partition, long offset) {
        return failures.getOrDefault(partition + "@" + offset, new AtomicInteger()).get();
    }

    /** The first batch that held the record at {@code partition@offset}, as {@code partition@offset} of each record. */
    public List<String> firstBatchWith(int partition, long offset) {
        String at = partition + "@" + offset;
        return batches.stream().filter(batch -> batch.contains(at)).findFirst().orElse(List.of());
    }

    private static String at(ConsumerRecord<?, ?> record) {
        return record.partition() + "@" + record.offset();
    }
}
