package org.corridor.benchmark.measure;

import java.util.Arrays;

/**
 * Percentiles of a set of samples, by the nearest-rank method: p99 of 100 samples is the 99th smallest, so a
 * reported p99 is always a value that was actually observed.
 *
 * @param count      samples
 * @param p50Micros  median
 * @param p99Micros  99th percentile
 * @param maxMicros  largest sample
 * @param unobserved samples known to exist but never observed (an event not yet projected or published when the
 *                   benchmark stopped waiting); counted as larger than any observed one
 */
public record Summary(int count, long p50Micros, long p99Micros, long maxMicros, int unobserved) {

    public static final Summary EMPTY = new Summary(0, 0, 0, 0, 0);

    public static Summary of(long[] samples) {
        return of(samples, 0);
    }

    /**
     * @param unobserved samples that must be ranked above every observed one; a percentile that falls on them is
     *                   reported as {@link Long#MAX_VALUE} ("longer than we waited")
     */
    public static Summary of(long[] samples, int unobserved) {
        if (samples.length == 0 && unobserved == 0) {
            return EMPTY;
        }
        long[] sorted = samples.clone();
        Arrays.sort(sorted);
        int total = sorted.length + unobserved;
        long max = unobserved > 0 ? Long.MAX_VALUE : sorted[sorted.length - 1];
        return new Summary(total, rank(sorted, total, 50), rank(sorted, total, 99), max, unobserved);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code percentile}% of samples at or below it. */
    static long rank(long[] sorted, int total, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * total);
        int index = Math.max(rank, 1) - 1;
        return index < sorted.length ? sorted[index] : Long.MAX_VALUE;
    }

    public boolean isEmpty() {
        return count == 0;
    }

    public double p50Millis() {
        return p50Micros / 1000.0;
    }

    public double p99Millis() {
        return p99Micros / 1000.0;
    }

    public double maxMillis() {
        return maxMicros / 1000.0;
    }
}
