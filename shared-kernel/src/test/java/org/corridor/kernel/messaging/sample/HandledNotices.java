package org.corridor.kernel.messaging.sample;

import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The sample consumers' handler of {@code partner.notice-given.v1}: counts each attempt and each notice handled,
 * and fails a notice's first {@code failuresFirst} attempts, standing for a transient fault downstream.
 */
final class HandledNotices {

    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> handled = new ConcurrentHashMap<>();

    void onNoticeGiven(PartnerNotices.NoticeV1 notice, ReceivedEvent event) {
        int attempt = attempts.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
        if (attempt <= notice.failuresFirst()) {
            throw new IllegalStateException("downstream unavailable (attempt " + attempt + ")");
        }
        handled.computeIfAbsent(event.eventId(), id -> new AtomicInteger()).incrementAndGet();
    }

    int attempts(String eventId) {
        return attempts.getOrDefault(eventId, new AtomicInteger()).get();
    }

    int handled(String eventId) {
        return handled.getOrDefault(eventId, new AtomicInteger()).get();
    }
}
