package org.corridor.benchmark.measure;

import java.util.Arrays;

/**
 * Every sample of one measured quantity, kept whole so percentiles are exact rather than bucketed. A phase of a
 * few tens of seconds produces at most a few hundred thousand samples, a few megabytes.
 */
public final class Latencies {

    private long[] micros = new long[1024];
    private int size;

    public synchronized void add(long sampleMicros) {
        if (size == micros.length) {
            micros = Arrays.copyOf(micros, size * 2);
        }
        micros[size++] = sampleMicros;
    }

    public synchronized int count() {
        return size;
    }

    public synchronized Summary summary() {
        return Summary.of(values());
    }

    public synchronized long[] values() {
        return Arrays.copyOf(micros, size);
    }
}
