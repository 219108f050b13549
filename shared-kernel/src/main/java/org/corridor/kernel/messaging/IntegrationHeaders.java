package org.corridor.kernel.messaging;

/** Kafka record headers that repeat envelope fields, so brokers' tools and dead-letter readers can see them. */
public final class IntegrationHeaders {

    public static final String EVENT_ID = "corridor-event-id";
    public static final String EVENT_TYPE = "corridor-event-type";
    public static final String CORRELATION_ID = "corridor-correlation-id";
    public static final String CAUSATION_ID = "corridor-causation-id";

    private IntegrationHeaders() {
    }
}
