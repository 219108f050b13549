package org.corridor.benchmark.measure;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Where the service's streaming event processors stand against the head of the event store, through Axon's own
 * status API, so it works for whatever processors the platform configures (tracking or pooled).
 */
public final class Processors {

    private final Configuration axon;
    private final EventStore eventStore;

    public Processors(Configuration axon, EventStore eventStore) {
        this.axon = axon;
        this.eventStore = eventStore;
    }

    /** The position of the newest stored event, -1 when there is none. */
    public long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Each streaming processor's position: the lowest of its segments, -1 while it has none. */
    public Map<String, Long> positions() {
        Map<String, Long> positions = new TreeMap<>();
        for (Map.Entry<String, EventProcessor> processor : axon.eventProcessingConfiguration().eventProcessors()
                .entrySet()) {
            if (processor.getValue() instanceof StreamingEventProcessor streaming) {
                positions.put(processor.getKey(), position(streaming));
            }
        }
        return positions;
    }

    /** Processor names and how they are built, for the report. */
    public Map<String, String> kinds() {
        Map<String, String> kinds = new TreeMap<>();
        axon.eventProcessingConfiguration().eventProcessors()
                .forEach((name, processor) -> kinds.put(name, processor.getClass().getSimpleName()));
        return kinds;
    }

    private static long position(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (status.isEmpty()) {
            return -1;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus segment : status.values()) {
            OptionalLong position = segment.getCurrentPosition();
            lowest = Math.min(lowest, position.orElse(-1));
        }
        return lowest;
    }

    /**
     * Waits until every streaming processor has handled everything up to {@code position}.
     *
     * @return each processor's time to get there, from the call; a processor still short of it when
     * {@code timeout} ran out is missing from the map
     */
    public Map<String, Duration> awaitCaughtUp(long position, Duration timeout) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        Map<String, Duration> caughtUp = new TreeMap<>();
        while (true) {
            positions().forEach((name, at) -> {
                if (at >= position) {
                    caughtUp.putIfAbsent(name, Duration.ofNanos(System.nanoTime() - start));
                }
            });
            if (caughtUp.size() == positions().size() || System.nanoTime() > deadline) {
                return caughtUp;
            }
            sleep(50);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
