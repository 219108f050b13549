package org.corridor.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * The receiving side of integration events. A consumer builds its {@link IntegrationEventRoutes} from
 * {@link #routes()}, one handler per event type it reads, and hands every record of its {@code @KafkaListener} to
 * {@link IntegrationEventRoutes#receive}. For each record the inbox parses the envelope, skips (and counts in
 * {@value #SKIPPED_METRIC}) a type the consumer has no route for, skips an event id this consumer group has already
 * processed, checks the payload against the consumer's copy of the type's schema, runs the type's handler under the
 * event's correlation id (with the event as the cause of any command the handler sends), then records the id.
 *
 * <p>A handler that fails is retried with back-off and then parked on the dead-letter topic by the listener
 * container's error handler (see {@code MessagingAutoConfiguration}); a record that is not an integration event, or
 * whose payload breaks the consumer's schema copy or does not fit its payload record, goes there at once
 * ({@link MalformedIntegrationEventException}).
 *
 * <p>The handler runs before the id is recorded, so a crash in between means the handler runs again: handlers
 * must be idempotent in effect (upserts keyed by id, version checks with {@link ReceivedEvent#isStale}), and the
 * record of processed ids makes the common case of a resend cost nothing. The record is kept for
 * {@code corridor.messaging.inbox-retention}, longer than any record stays on a topic ({@code InboxRetention}).
 */
public class IntegrationEventInbox {

    static final String PROCESSED_EVENTS = "processed-integration-events";
    /** Records of a type the consumer has no route for; tags {@code type}, {@code topic}, {@code group}. */
    public static final String SKIPPED_METRIC = "corridor.integration-events.skipped";
    private static final Logger log = LoggerFactory.getLogger(IntegrationEventInbox.class);

    private final MongoTemplate mongo;
    private final ObjectMapper objectMapper;
    private final MeterRegistry meters;
    private final ConsumedContracts contracts;

    public IntegrationEventInbox(MongoTemplate mongo, ObjectMapper objectMapper, MeterRegistry meters,
                                 ClassLoader classLoader) {
        this.mongo = mongo;
        this.objectMapper = objectMapper;
        this.meters = meters;
        this.contracts = new ConsumedContracts(classLoader, objectMapper);
    }

    /** Starts the routes of one consumer: {@code inbox.routes().on(type, PayloadV1.class, handler)...build()}. */
    public IntegrationEventRoutes.Builder routes() {
        return new IntegrationEventRoutes.Builder(this, contracts);
    }

    void receive(ConsumerRecord<String, String> record, IntegrationEventRoutes routes) {
        IntegrationEventEnvelope envelope = parse(record);
        String group = KafkaUtils.getConsumerGroupId();
        IntegrationEventRoutes.Route<?> route = routes.route(envelope.eventType());
        if (route == null) {
            // Not recorded as processed: a route added later handles the event when the topic is read again.
            log.debug("skipping {} {}: no route for its type", envelope.eventType(), envelope.eventId());
            Counter.builder(SKIPPED_METRIC)
                    .description("Integration events of a type the consumer has no route for")
                    .tag("type", envelope.eventType())
                    .tag("topic", record.topic())
                    .tag("group", group == null ? "none" : group)
                    .register(meters)
                    .increment();
            return;
        }
        // Keyed by group as well: two groups of one service may both read an event, each must handle it once.
        String processedId = processedId(group, envelope.eventId());
        // Read by id, not counted: the wire server answers a count by scanning the whole collection.
        if (mongo.findById(processedId, org.bson.Document.class, PROCESSED_EVENTS) != null) {
            log.debug("skipping {} {}: already processed", envelope.eventType(), envelope.eventId());
            return;
        }
        String correlationId = envelope.correlationId() != null ? envelope.correlationId() : envelope.eventId();
        try (CorrelationContext.Scope ignored = CorrelationContext.open(correlationId, envelope.eventId())) {
            route.handle(new ReceivedEvent(envelope, objectMapper));
        }
        try {
            mongo.insert(new ProcessedEvent(processedId, envelope.eventType(), Instant.now()), PROCESSED_EVENTS);
        } catch (DuplicateKeyException alreadyRecorded) {
            // Another consumer instance processed the same resend concurrently; the effect is idempotent.
        }
    }

    /** Whether this consumer group has already processed the event. */
    public boolean hasProcessed(String consumerGroup, String eventId) {
        return mongo.findById(processedId(consumerGroup, eventId), org.bson.Document.class, PROCESSED_EVENTS) != null;
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
