package org.corridor.benchmark.skills;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of latencies in microseconds: p99 of 100 samples is the 99th smallest, so a reported
 * figure is always one that was observed.
 */
record Percentiles(int count, long p50Micros, long p90Micros, long p99Micros, long maxMicros) {

    static Percentiles of(long[] micros) {
        if (micros.length == 0) {
            return new Percentiles(0, 0, 0, 0, 0);
        }
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, rank(sorted, 50), rank(sorted, 90), rank(sorted, 99),
                sorted[sorted.length - 1]);
    }

    static long rank(long[] sorted, double percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    static String millis(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f ms", micros / 1000.0);
    }
}
