package org.corridor.kernel.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.audit.CorrelationContext;
import org.corridor.kernel.mongo.UnorderedInsert;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaUtils;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The receiving side of integration events. A consumer builds its {@link IntegrationEventRoutes} from
 * {@link #routes()}, one handler per event type it reads, and hands every record of its {@code @KafkaListener} to
 * {@link IntegrationEventRoutes#receive} (or every batch of a batch listener to
 * {@link IntegrationEventRoutes#receiveAll}). For each record the inbox parses the envelope, skips (and counts in
 * {@value #SKIPPED_METRIC}) a type the consumer has no route for, skips an event id this consumer group has already
 * processed, checks the payload against the consumer's copy of the type's schema, runs the type's handler under the
 * event's correlation id (with the event as the cause of any command the handler sends), then records the id.
 *
 * <p>A handler that fails is retried with back-off and then parked on the dead-letter topic by the listener
 * container's error handler (see {@code MessagingAutoConfiguration}); a record that is not an integration event, or
 * whose payload breaks the consumer's schema copy or does not fit its payload record, goes there at once
 * ({@link MalformedIntegrationEventException}). In a batch the records are taken in order, the processed ids of the
 * whole batch read in one query and those handled recorded in one insert; a failure names its record
 * ({@code BatchListenerFailedException}) once the ids of the records before it are recorded, so that only it is
 * retried or parked, and the records after it are read again.
 *
 * <p>The handler runs before the id is recorded, so a crash in between means the handler runs again (in a batch,
 * the handlers of every record handled since the batch began, the ids being recorded at its end): handlers
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

    /** One record: the record's own failure is thrown as it is, so the container retries or parks that record. */
    void receive(ConsumerRecord<String, String> record, IntegrationEventRoutes routes) {
        Failure failure = receiveInOrder(List.of(record), routes);
        if (failure != null) {
            throw failure.cause();
        }
    }

    /**
     * A batch: as {@link #receive} record by record, in order, in two round trips for the processed ids instead of
     * two a record. A failure names its record, so the container's error handler commits the records before it,
     * retries from it, and parks only it on the dead-letter topic.
     */
    void receiveAll(List<ConsumerRecord<String, String>> records, IntegrationEventRoutes routes) {
        Failure failure = receiveInOrder(records, routes);
        if (failure != null) {
            throw new BatchListenerFailedException(failure.cause().getMessage(), failure.cause(), failure.record());
        }
    }

    /**
     * The one path of every record, alone or in a batch: parse each record, read in one query which of them this
     * consumer group has processed, run the handlers in order until one fails, then record in one insert the ids
     * of those that ran. Records before a failure are recorded before it is reported, so they are not handled
     * again when the container retries from the failed record.
     *
     * @return the first record that failed and why, or {@code null} when every record went through
     */
    private Failure receiveInOrder(List<ConsumerRecord<String, String>> records, IntegrationEventRoutes routes) {
        if (records.isEmpty()) {
            return null;
        }
        String group = KafkaUtils.getConsumerGroupId();
        List<Arrival> arrivals = records.stream().map(record -> arrival(record, routes, group)).toList();
        Set<String> processed;
        try {
            processed = processedAmong(arrivals);
        } catch (RuntimeException unreadable) {
            // As if the first record's own look-up had failed: the batch is retried from its start.
            return new Failure(records.get(0), unreadable);
        }
        List<Arrival> handled = new ArrayList<>();
        Failure failure = null;
        for (Arrival arrival : arrivals) {
            try {
                if (handle(arrival, processed, group)) {
                    handled.add(arrival);
                }
            } catch (RuntimeException e) {
                failure = new Failure(arrival.record(), e);
                break;
            }
        }
        try {
            record(handled);
        } catch (RuntimeException unrecorded) {
            // Retried from the first record whose id is not recorded; its handler, and those after it, run again.
            if (failure != null) {
                unrecorded.addSuppressed(failure.cause());
            }
            return new Failure(handled.get(0).record(), unrecorded);
        }
        return failure;
    }

    /**
     * Reads the envelope and finds its route. A record that is not an integration event is kept with the reason,
     * which is reported only when its turn comes, after the records before it.
     */
    private Arrival arrival(ConsumerRecord<String, String> record, IntegrationEventRoutes routes, String group) {
        try {
            IntegrationEventEnvelope envelope = parse(record);
            // Keyed by group as well: two groups of one service may both read an event, each must handle it once.
            return new Arrival(record, envelope, routes.route(envelope.eventType()),
                    processedId(group, envelope.eventId()), null);
        } catch (MalformedIntegrationEventException malformed) {
            return new Arrival(record, null, null, null, malformed);
        }
    }

    /** Of the records to handle, those this consumer group has processed already: one query, by {@code _id}. */
    private Set<String> processedAmong(List<Arrival> arrivals) {
        List<String> ids = arrivals.stream().filter(Arrival::routed).map(Arrival::processedId).distinct().toList();
        if (ids.isEmpty()) {
            return new HashSet<>();
        }
        // By _id, not counted nor by another field: the wire server answers those by scanning the whole collection.
        Query query = Query.query(Criteria.where("_id").in(ids));
        query.fields().include("_id");
        Set<String> processed = new HashSet<>();
        mongo.find(query, org.bson.Document.class, PROCESSED_EVENTS)
                .forEach(found -> processed.add(found.getString("_id")));
        return processed;
    }

    /**
     * Runs the record's handler under the event's correlation id, unless its type has no route or its id was
     * processed (before, or earlier in the same batch: {@code processed} grows with each record handled).
     *
     * @return whether the handler ran, so the id is to be recorded
     */
    private boolean handle(Arrival arrival, Set<String> processed, String group) {
        if (arrival.malformed() != null) {
            throw arrival.malformed();
        }
        IntegrationEventEnvelope envelope = arrival.envelope();
        if (arrival.route() == null) {
            // Not recorded as processed: a route added later handles the event when the topic is read again.
            log.debug("skipping {} {}: no route for its type", envelope.eventType(), envelope.eventId());
            Counter.builder(SKIPPED_METRIC)
                    .description("Integration events of a type the consumer has no route for")
                    .tag("type", envelope.eventType())
                    .tag("topic", arrival.record().topic())
                    .tag("group", group == null ? "none" : group)
                    .register(meters)
                    .increment();
            return false;
        }
        if (!processed.add(arrival.processedId())) {
            log.debug("skipping {} {}: already processed", envelope.eventType(), envelope.eventId());
            return false;
        }
        String correlationId = envelope.correlationId() != null ? envelope.correlationId() : envelope.eventId();
        try (CorrelationContext.Scope ignored = CorrelationContext.open(correlationId, envelope.eventId())) {
            arrival.route().handle(new ReceivedEvent(envelope, objectMapper));
        }
        return true;
    }

    /**
     * Records the ids of the events handled, in one unordered insert: an id another consumer instance recorded
     * meanwhile (it processed the same resend concurrently, the effect is idempotent) does not keep the others out.
     */
    private void record(List<Arrival> handled) {
        if (handled.isEmpty()) {
            return;
        }
        Instant now = Instant.now();
        List<org.bson.Document> documents = new ArrayList<>(handled.size());
        for (Arrival arrival : handled) {
            org.bson.Document document = new org.bson.Document();
            mongo.getConverter().write(new ProcessedEvent(arrival.processedId(), arrival.envelope().eventType(), now),
                    document);
            documents.add(document);
        }
        UnorderedInsert.insertAll(mongo.getCollection(PROCESSED_EVENTS), documents);
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

    /**
     * A record as read before its turn: the envelope, the route of its type ({@code null}: none) and its id in the
     * record of processed events; or, for a record that is not an integration event, only why.
     */
    private record Arrival(ConsumerRecord<String, String> record, IntegrationEventEnvelope envelope,
                           IntegrationEventRoutes.Route<?> route, String processedId,
                           MalformedIntegrationEventException malformed) {

        boolean routed() {
            return route != null;
        }
    }

    /** The first record that could not be received, and why. */
    private record Failure(ConsumerRecord<String, String> record, RuntimeException cause) {
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
