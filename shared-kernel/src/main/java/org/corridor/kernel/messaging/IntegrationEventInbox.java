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

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The receiving side of integration events: parses the envelope, skips an event id already processed, runs the
 * handler under the event's correlation id, then records the id. A handler that fails is retried with back-off
 * and then parked on the dead-letter topic by the listener container's error handler (see
 * {@code MessagingAutoConfiguration}); a record that is not an integration event goes there at once.
 *
 * <p>The handler runs before the id is recorded, so a crash in between means the handler runs again: handlers
 * must be idempotent in effect (upserts keyed by id, version checks), and the record of processed ids makes the
 * common case of a resend cost nothing.
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

    public void receive(ConsumerRecord<String, String> record, Consumer<ReceivedEvent> handler) {
        IntegrationEventEnvelope envelope = parse(record);
        if (mongo.exists(Query.query(Criteria.where("_id").is(envelope.eventId())), PROCESSED_EVENTS)) {
            log.debug("skipping {} {}: already processed", envelope.eventType(), envelope.eventId());
            return;
        }
        try (CorrelationContext.Scope ignored = CorrelationContext.open(envelope.correlationId())) {
            handler.accept(new ReceivedEvent(envelope, objectMapper));
        }
        try {
            mongo.insert(new ProcessedEvent(envelope.eventId(), envelope.eventType(), Instant.now()), PROCESSED_EVENTS);
        } catch (DuplicateKeyException alreadyRecorded) {
            // Another consumer instance processed the same resend concurrently; the effect is idempotent.
        }
    }

    private IntegrationEventEnvelope parse(ConsumerRecord<String, String> record) {
        try {
            IntegrationEventEnvelope envelope = objectMapper.readValue(record.value(), IntegrationEventEnvelope.class);
            if (envelope.eventId() == null || envelope.eventType() == null || envelope.payload() == null) {
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
