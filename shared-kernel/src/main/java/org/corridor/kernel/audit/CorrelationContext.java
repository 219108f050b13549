package org.corridor.kernel.audit;

import org.slf4j.MDC;

import java.util.Optional;
import java.util.UUID;

/**
 * The correlation id of the work in hand on this thread. Set at the edge (an HTTP request, a Kafka record) and
 * kept in the logging MDC so that log lines carry it too.
 */
public final class CorrelationContext {

    public static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";

    private CorrelationContext() {
    }

    public static Optional<String> current() {
        return Optional.ofNullable(MDC.get(MDC_KEY));
    }

    public static String currentOrNew() {
        return current().orElseGet(CorrelationContext::newId);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    /** Runs {@code work} with {@code correlationId} as the current one, restoring the previous afterwards. */
    public static Scope open(String correlationId) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, correlationId);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
