package org.corridor.benchmark.permits;

import java.util.SplittableRandom;

/**
 * What the benchmark's immigration system does with each call, drawn from a fixed seed so that every run meets the
 * same faults in the same order: a share of calls fails (by default one in five), split between server errors, a
 * connection reset before the remote did anything, and the worst case for idempotency, a lodgement the remote
 * accepted whose answer is lost; every call, failed or not, takes a latency drawn uniformly between two bounds.
 */
final class FaultSchedule {

    enum Fault {
        /** Answered as asked. */
        NONE,
        HTTP_503,
        HTTP_500,
        /** The connection is reset before the remote looked at the call. */
        CONNECTION_RESET,
        /** The remote did what was asked (opened the case), then the connection closed before its answer. */
        ANSWER_LOST
    }

    record Call(Fault fault, int latencyMillis) {
    }

    private final SplittableRandom random;
    private final double failureRate;
    private final int minLatencyMillis;
    private final int maxLatencyMillis;

    FaultSchedule(long seed, double failureRate, int minLatencyMillis, int maxLatencyMillis) {
        if (failureRate < 0 || failureRate > 1) {
            throw new IllegalArgumentException("failure rate must be between 0 and 1, was " + failureRate);
        }
        if (minLatencyMillis < 0 || maxLatencyMillis < minLatencyMillis) {
            throw new IllegalArgumentException("latency bounds must be 0 <= min <= max, were " + minLatencyMillis
                    + " and " + maxLatencyMillis);
        }
        this.random = new SplittableRandom(seed);
        this.failureRate = failureRate;
        this.minLatencyMillis = minLatencyMillis;
        this.maxLatencyMillis = maxLatencyMillis;
    }

    /** The next call's fate: of the failures 35% are 503, 25% 500, 20% resets and 20% lost answers. */
    synchronized Call next() {
        int latency = minLatencyMillis + random.nextInt(maxLatencyMillis - minLatencyMillis + 1);
        if (random.nextDouble() >= failureRate) {
            return new Call(Fault.NONE, latency);
        }
        double kind = random.nextDouble();
        Fault fault = kind < 0.35 ? Fault.HTTP_503 : kind < 0.60 ? Fault.HTTP_500 : kind < 0.80
                ? Fault.CONNECTION_RESET : Fault.ANSWER_LOST;
        return new Call(fault, latency);
    }
}
