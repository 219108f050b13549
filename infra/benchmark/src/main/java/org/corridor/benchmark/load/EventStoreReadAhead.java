package org.corridor.benchmark.load;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Axon's embedded event store reads ahead for its tracking processors on one thread, from where it last stopped.
 * After a bulk fill, with the processors stopped meanwhile and moved to the head, that thread reads the whole fill
 * once more as soon as they restart, and holds every event of that one read in memory until it ends (Axon 4.12.2,
 * {@code EmbeddedEventStore.EventProducer.fetchData} keeps the node it started from): after a fill to 300,000
 * events, about 300 MiB live and half-second full collections back to back, for 30 s to over 2 minutes. A store
 * grown over months never builds such a backlog, so a measured phase starts only once the read-ahead has reached
 * the head of the store.
 *
 * <p>Axon offers no way to ask where its read-ahead is, so this reads its private fields; the benchmark is pinned
 * to the platform's Axon version, and a field that is not there fails the run loudly rather than skip the wait.
 */
public final class EventStoreReadAhead {

    private EventStoreReadAhead() {
    }

    /** Waits until the read-ahead has read up to {@code head} (a global index); returns how long that took. */
    public static Duration awaitReached(EventStore eventStore, long head, Duration timeout) {
        if (!(eventStore instanceof EmbeddedEventStore)) {
            return Duration.ZERO;
        }
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        try {
            Object producer = field(EmbeddedEventStore.class, "producer").get(eventStore);
            Field newest = field(producer.getClass(), "newest");
            Field event = null;
            while (System.nanoTime() < deadline) {
                Object node = newest.get(producer);
                if (node == null) {
                    // It has read nothing yet: it will start where the processors are, at the head.
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                event = event != null ? event : field(node.getClass(), "event");
                OptionalLong position = ((TrackedEventMessage<?>) event.get(node)).trackingToken().position();
                if (position.isPresent() && position.getAsLong() >= head) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                Thread.sleep(200);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot see where Axon's event store read-ahead is", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        throw new IllegalStateException("the event store's read-ahead had not reached " + head + " after " + timeout);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field;
    }
}
