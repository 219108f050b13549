package org.corridor.kernel.messaging.sample;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.IntegrationEventRoutes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes {@code partner.notice-given.v1} from a partner service's topic, keeping its own copy of the event
 * ({@link NoticeV1}), and counts what it handled ({@link HandledNotices}). A notice may ask to fail a number of
 * times first, standing for a transient fault downstream.
 */
@Component
public class PartnerNotices {

    public static final String TOPIC = "partner.events";
    public static final String GROUP = "messaging-test-partner";
    public static final String NOTICE_GIVEN = "partner.notice-given.v1";

    private final IntegrationEventRoutes routes;
    private final HandledNotices notices = new HandledNotices();

    PartnerNotices(IntegrationEventInbox inbox) {
        this.routes = inbox.routes().on(NOTICE_GIVEN, NoticeV1.class, notices::onNoticeGiven).build();
    }

    @KafkaListener(topics = TOPIC, groupId = GROUP)
    void on(ConsumerRecord<String, String> record) {
        routes.receive(record);
    }

    public int attempts(String eventId) {
        return notices.attempts(eventId);
    }

    public int handled(String eventId) {
        return notices.handled(eventId);
    }

    /** The consumer's own copy of the partner's event: a typed quantity, so a text there does not fit. */
    public record NoticeV1(String noticeId, int quantity, int failuresFirst) {
    }
}
