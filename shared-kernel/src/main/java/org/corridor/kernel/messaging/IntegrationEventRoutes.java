package org.corridor.kernel.messaging;

import com.networknt.schema.JsonSchema;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.IntegrationEventInbox.ReceivedEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one consumer does with each integration event type it reads: one handler per type, each with the consumer's
 * own copy of that type's payload record and of its JSON Schema. Build it once, in the consumer's constructor, and
 * hand every record of the listener to {@link #receive}:
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
