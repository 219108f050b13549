package org.corridor.kernel.audit;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;

/**
 * The correlation id of the work in hand on this thread, and the id of the message that set it in motion. Set at
 * the edge (an HTTP request, a Kafka record) and kept in the logging MDC so that log lines carry them too.
 */
public final class CorrelationContext {

    public static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    static final String CAUSATION_MDC_KEY = "causationId";

    private CorrelationContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    /** The message being handled at the edge (an integration event), which commands sent from here were caused by. */
    public static Optional<String> currentCausation() {
        return Optional.ofNullable(MDC.get(CAUSATION_MDC_KEY));
    }

    public static String currentOrNew() {
        return current().orElseGet(CorrelationContext::newId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Makes {@code correlationId} the current one until the scope closes, then restores the previous. */
    public static Scope open(String correlationId) {
        return open(correlationId, null);
    }

    /**
     * Makes {@code correlationId} the current one and {@code causationId} the cause of whatever is sent from here,
     * until the scope closes; then restores the previous ones.
     */
    public static Scope open(String correlationId, String causationId) {
        String previousCorrelation = MDC.get(MDC_KEY);
        String previousCausation = MDC.get(CAUSATION_MDC_KEY);
        put(MDC_KEY, correlationId);
        put(CAUSATION_MDC_KEY, causationId);
        return () -> {
            put(MDC_KEY, previousCorrelation);
            put(CAUSATION_MDC_KEY, previousCausation);
        };
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
