package org.corridor.benchmark.measure;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How long events of one measured phase took to reach somewhere (a read model, a Kafka partition): from the
 * event's own timestamp, taken when the aggregate applied it, to when it was observed there. Only events stamped
 * inside the phase's window count, each once (a resend after a retry is not a second sample).
 */
public final class LagWatch {

    private volatile Window window;

    /** Starts counting events stamped from {@code from} on; forgets the previous phase. */
    public void open(Instant from) {
        window = new Window(from, Instant.MAX);
    }

    /** Events stamped at or after {@code to} belong to no phase; those before it are still awaited. */
    public void close(Instant to) {
        Window current = window;
        if (current != null) {
            window = current.until(to);
        }
    }

    public void observe(String eventId, Instant occurredAt, Instant observedAt) {
        Window current = window;
        if (current != null && !occurredAt.isBefore(current.from) && occurredAt.isBefore(current.to)
                && current.seen.add(eventId)) {
            current.lags.add(Math.max(0, ChronoUnit.MICROS.between(occurredAt, observedAt)));
        }
    }

    /** Distinct events of the current phase observed so far. */
    public int observed() {
        Window current = window;
        return current == null ? 0 : current.lags.count();
    }

    /**
     * @param expected events the phase stored; those not observed are ranked above every observed lag
     */
    public Summary summary(int expected) {
        Window current = window;
        if (current == null) {
            return Summary.EMPTY;
        }
        Summary observed = current.lags.summary();
        int missing = Math.max(0, expected - observed.count());
        return missing == 0 ? observed : Summary.of(current.lags.values(), missing);
    }

    private static final class Window {
        final Instant from;
        final Instant to;
        final Set<String> seen;
        final Latencies lags;

        Window(Instant from, Instant to) {
            this(from, to, ConcurrentHashMap.newKeySet(), new Latencies());
        }

        private Window(Instant from, Instant to, Set<String> seen, Latencies lags) {
            this.from = from;
            this.to = to;
            this.seen = seen;
            this.lags = lags;
        }

        Window until(Instant end) {
            return new Window(from, end, seen, lags);
        }
    }
}
