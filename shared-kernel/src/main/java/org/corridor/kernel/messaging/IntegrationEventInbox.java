package org.corridor.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.audit.CorrelationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.support.KafkaUtils;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The receiving side of integration events: parses the envelope, skips an event id this consumer group has
 * already processed, runs the handler under the event's correlation id (with the event as the cause of any
 * command the handler sends), then records the id. A handler that fails is retried with back-off and then parked
 * on the dead-letter topic by the listener container's error handler (see {@code MessagingAutoConfiguration}); a
 * record that is not an integration event, or whose payload does not fit the consumer's copy, goes there at once.
 *
 * <p>The handler runs before the id is recorded, so a crash in between means the handler runs again: handlers
 * must be idempotent in effect (upserts keyed by id, version checks with {@link ReceivedEvent#isStale}), and the
 * record of processed ids makes the common case of a resend cost nothing.
 */
public class IntegrationEventInbox {

    static final String PROCESSED_EVENTS = "processed-integration-events";
    private static final Logger log = LoggerFactory.getLogger(IntegrationEventInbox.class);

    private final MongoTemplate mongo;
    private final ObjectMapper objectMapper;

    public IntegrationEventInbox(MongoTemplate mongo, ObjectMapper objectMapper) {
        this.mongo = mongo;
        this.objectMapper = objectMapper;
    }

    /** Call from a {@code @KafkaListener} method: the consumer group is the one of the listener's thread. */
    public void receive(ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        IntegrationEventEnvelope envelope = parse(record);
        // Keyed by group as well: two groups of one service may both read an event, each must handle it once.
        String processedId = processedId(KafkaUtils.getConsumerGroupId(), envelope.eventId());
        if (mongo.exists(Query.query(Criteria.where("_id").is(processedId)), PROCESSED_EVENTS)) {
            log.debug("skipping {} {}: already processed", envelope.eventType(), envelope.eventId());
            return;
        }
        String correlationId = envelope.correlationId() != null ? envelope.correlationId() : envelope.eventId();
        try (CorrelationContext.Scope ignored = CorrelationContext.open(correlationId, envelope.eventId())) {
            handler.accept(new ReceivedEvent(envelope, objectMapper));
        }
        try {
            mongo.insert(new ProcessedEvent(processedId, envelope.eventType(), Instant.now()), PROCESSED_EVENTS);
        } catch (DuplicateKeyException alreadyRecorded) {
            // Another consumer instance processed the same resend concurrently; the effect is idempotent.
        }
    }

    /** Whether this consumer group has already processed the event. */
    public boolean hasProcessed(String consumerGroup, String eventId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(processedId(consumerGroup, eventId))),
                PROCESSED_EVENTS);
    }

    private static String processedId(String consumerGroup, String eventId) {
        return consumerGroup == null ? eventId : consumerGroup + "/" + eventId;
    }

    private IntegrationEventEnvelope parse(ConsumerRecord<String, String> record) {
        try {
            IntegrationEventEnvelope envelope = objectMapper.readValue(record.value(), IntegrationEventEnvelope.class);
            if (envelope == null || envelope.eventId() == null || envelope.eventType() == null
                    || envelope.payload() == null) {
                throw new MalformedIntegrationEventException("missing eventId, eventType or payload at "
                        + record.topic() + "-" + record.partition() + "@" + record.offset(), null);
            }
            return envelope;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new MalformedIntegrationEventException("not an integration event at " + record.topic() + "-"
                    + record.partition() + "@" + record.offset(), e);
        }
    }

    record ProcessedEvent(String id, String eventType, Instant processedAt) {
    }

    /** An integration event as received: its envelope, and its payload read into the consumer's own copy. */
    public record ReceivedEvent(IntegrationEventEnvelope envelope, ObjectMapper objectMapper) {

        public String type() {
            return envelope.eventType();
        }

        public String eventId() {
            return envelope.eventId();
        }

        public String aggregateId() {
            return envelope.aggregateId();
        }

        public long aggregateVersion() {
            return envelope.aggregateVersion();
        }

        /**
         * Whether this event is no newer than the version of its aggregate the consumer already holds, so that
         * applying it would put older state over newer. For events that carry state (a definition, a status); an
         * event that adds something (a payment, an enrolment) must not be dropped on this ground.
         *
         * @param heldVersion the {@code aggregateVersion} of the last event applied to the consumer's copy, or
         *                    {@code null} when it holds nothing of this aggregate yet
         */
        public boolean isStale(Long heldVersion) {
            return heldVersion != null && envelope.aggregateVersion() <= heldVersion;
        }

        public <T> T payloadAs(Class<T> type) {
            try {
                return objectMapper.treeToValue(envelope.payload(), type);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new MalformedIntegrationEventException("payload of " + envelope.eventType() + " "
                        + envelope.eventId() + " does not match " + type.getSimpleName(), e);
            }
        }
    }
}
