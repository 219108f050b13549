package org.corridor.benchmark.load;

import org.corridor.benchmark.cycle.api.AggregateKind;

import java.util.Arrays;
import java.util.Random;

/** Every aggregate the benchmark has opened, so later updates can reach back to old ones. */
public final class AggregateRegistry {

    public record Entry(AggregateKind kind, String aggregateId) {
    }

    private Entry[] entries = new Entry[4096];
    private int size;

    synchronized void add(AggregateKind kind, String aggregateId) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = new Entry(kind, aggregateId);
    }

    synchronized int size() {
        return size;
    }

    /** Any aggregate opened so far, uniformly; null when there is none. */
    synchronized Entry any(Random random) {
        return size == 0 ? null : entries[random.nextInt(size)];
    }
}
