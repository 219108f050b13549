package org.corridor.benchmark.load;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;

/**
 * Axon's embedded event store reads ahead for its tracking processors on one thread ({@code EmbeddedEventStore-N}),
 * from where it last stopped. After a bulk fill, with the processors stopped meanwhile and moved to the head, that
 * thread reads the whole fill once more, and holds every event of one read in memory until it ends (Axon 4.12.2,
 * {@code EmbeddedEventStore.EventProducer.fetchData}): at 300,000 events, 300 MiB live and half-second full
 * collections for some twenty seconds. A store grown over months never builds such a backlog, so a measured phase
 * starts only once that thread is idle again.
 */
public final class EventStoreReadAhead {

    private static final String THREAD_PREFIX = "EmbeddedEventStore-";
    private static final int IDLE_SIGHTINGS = 3;

    private EventStoreReadAhead() {
    }

    /** Waits until the read-ahead thread has been seen waiting for data three times in a row; returns how long. */
    public static Duration awaitIdle(Duration timeout) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int sightings = 0;
        while (sightings < IDLE_SIGHTINGS && System.nanoTime() < deadline) {
            sightings = idle(threads) ? sightings + 1 : 0;
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        if (sightings < IDLE_SIGHTINGS) {
            throw new IllegalStateException("the event store's read-ahead was still busy after " + timeout);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private static boolean idle(ThreadMXBean threads) {
        return Arrays.stream(threads.dumpAllThreads(false, false, 12))
                .filter(thread -> thread.getThreadName().startsWith(THREAD_PREFIX))
                .allMatch(EventStoreReadAhead::waitingForData);
    }

    private static boolean waitingForData(ThreadInfo thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("waitForData"));
    }
}
