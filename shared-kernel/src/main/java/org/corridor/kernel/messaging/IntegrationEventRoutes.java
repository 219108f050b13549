package org.corridor.kernel.messaging;

import com.networknt.schema.JsonSchema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one consumer does with each integration event type it reads: one handler per type, each with the consumer's
 * own copy of that type's payload record and of its JSON Schema. Build it once, in the consumer's constructor, and
 * hand every record of the listener to {@link #receive}, or every batch of a batch listener to {@link #receiveAll}:
 *
 * <pre>{@code
 * @Component
 * class SkillsRecognitionEvents {
 *     private final IntegrationEventRoutes routes;
 *
 *     SkillsRecognitionEvents(IntegrationEventInbox inbox, SchemeTermsProjection schemes) {
 *         this.routes = inbox.routes()
 *                 .on(SchemeDefinedV1.TYPE, SchemeDefinedV1.class, (scheme, event) -> schemes.record(...))
 *                 .build();
 *     }
 *
 *     @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.skills-recognition-events")
 *     void on(ConsumerRecord<String, String> record) {
 *         routes.receive(record);
 *     }
 *
 *     // or, where the events come in bulk (an import): the same effect, two round trips a batch for the inbox
 *     @KafkaListener(topics = "skills-recognition.events", id = "employer-matching.skills-recognition-events",
 *             batch = "true")
 *     void on(List<ConsumerRecord<String, String>> records) {
 *         routes.receiveAll(records);
 *     }
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Each type's schema is read from {@code contracts/consumed/<type>.schema.json} on the consumer's classpath
 *       (copy {@code contracts/events/<type>.schema.json} into the service's {@code src/main/resources/contracts/consumed/}).
 *       {@link Builder#build()} fails, naming the type, when the copy is missing or is not a schema of that type, so
 *       the service does not start.</li>
 *   <li>A record of a type without a route is skipped: not handled, not recorded as processed (a route added later
 *       handles it when the topic is read again), and counted in {@value IntegrationEventInbox#SKIPPED_METRIC}
 *       (tags {@code type}, {@code topic}, {@code group}).</li>
 *   <li>A payload that breaks its schema, or that cannot be read into the payload record, throws
 *       {@link MalformedIntegrationEventException} listing every violation: it is not retried and goes to
 *       {@code <topic>.DLT} at once, with the reason in Spring Kafka's {@code kafka_dlt-exception-message} header.</li>
 *   <li>Otherwise the inbox's rules hold: an event id this consumer group already processed is skipped, the handler
 *       runs under the event's correlation id, then the id is recorded ({@link IntegrationEventInbox}).</li>
 *   <li>{@link #receiveAll} does what {@link #receive} would do with each record of the batch, in order, with one
 *       query for the processed ids of the whole batch and one insert of the ids handled, instead of a look-up and
 *       an insert a record: a copy of an event later in the same batch is skipped like a resend. When a record
 *       fails, the ids of the records before it are recorded first, and the failure is thrown as Spring Kafka's
 *       {@link org.springframework.kafka.listener.BatchListenerFailedException} naming that record: the
 *       container's error handler commits the records before it, retries from it with back-off and then parks it
 *       alone on {@code <topic>.DLT} (at once when it is malformed), and goes on with the records after it.</li>
 * </ul>
 */
public final class IntegrationEventRoutes {

    private final IntegrationEventInbox inbox;
    private final Map<String, Route<?>> routes;

    private IntegrationEventRoutes(IntegrationEventInbox inbox, Map<String, Route<?>> routes) {
        this.inbox = inbox;
        this.routes = Map.copyOf(routes);
    }

    /** Call from the {@code @KafkaListener} method with each record; the consumer group is the listener thread's. */
    public void receive(ConsumerRecord<String, String> record) {
        inbox.receive(record, this);
    }

    /**
     * Call from a batch {@code @KafkaListener} method ({@code batch = "true"}) with the records of each poll: the
     * same as {@link #receive} with each in turn, in fewer round trips.
     *
     * @throws org.springframework.kafka.listener.BatchListenerFailedException naming the first record that failed,
     *                                                                          with its failure as the cause
     */
    public void receiveAll(List<ConsumerRecord<String, String>> records) {
        inbox.receiveAll(records, this);
    }

    /** The event types this consumer handles. */
    public Set<String> types() {
        return routes.keySet();
    }

    Route<?> route(String type) {
        return routes.get(type);
    }

    /** What a consumer does with one event type: the payload read into its own record, and the event around it. */
    @FunctionalInterface
    public interface Handler<T> {
        void handle(T payload, ReceivedEvent event);
    }

    /** Collects one route per event type; from {@link IntegrationEventInbox#routes()}. */
    public static final class Builder {

        private final IntegrationEventInbox inbox;
        private final ConsumedContracts contracts;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        Builder(IntegrationEventInbox inbox, ConsumedContracts contracts) {
            this.inbox = inbox;
            this.contracts = contracts;
        }

        /**
         * Handles events of {@code type}, their payload checked against the consumer's copy of the type's schema and
         * read into {@code payloadType}.
         */
        public <T> Builder on(String type, Class<T> payloadType, Handler<? super T> handler) {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(payloadType, "payloadType");
            Objects.requireNonNull(handler, "handler");
            if (routes.containsKey(type)) {
                throw new IllegalStateException("two handlers for integration event type " + type
                        + ": register one per type");
            }
            routes.put(type, new Route<>(type, payloadType, handler, null));
            return this;
        }

        /**
         * The routes, with every type's schema copy read now.
         *
         * @throws IllegalStateException naming the type whose schema copy is missing or unreadable, or when no
         *                               route was registered
         */
        public IntegrationEventRoutes build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("no integration event types routed: register at least one with on()");
            }
            Map<String, Route<?>> built = new LinkedHashMap<>();
            routes.forEach((type, route) -> built.put(type, route.withSchema(contracts.schema(type))));
            return new IntegrationEventRoutes(inbox, built);
        }
    }

    record Route<T>(String type, Class<T> payloadType, Handler<? super T> handler, JsonSchema schema) {

        Route<T> withSchema(JsonSchema schema) {
            return new Route<>(type, payloadType, handler, schema);
        }

        /** Checks the payload against the schema copy, reads it into the payload record, and runs the handler. */
        void handle(ReceivedEvent event) {
            ConsumedContracts.requireValid(schema, event);
            handler.handle(event.payloadAs(payloadType), event);
        }
    }
}
