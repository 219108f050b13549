package org.corridor.benchmark.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Flat out: a fixed number of threads, each sending its next command as soon as the last one returned. Latency is
 * service time; throughput is what the platform can do with that many callers.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** Runs for {@code duration}; returns the time from the first command to the last one's completion. */
    public static Duration run(Load workload, int threads, Duration duration, Tally tally) {
        long deadline = System.nanoTime() + duration.toNanos();
        return runUntil(workload, threads, () -> System.nanoTime() >= deadline, tally);
    }

    /** Runs until {@code done} says so, checked before each command. */
    public static Duration runUntil(Load workload, int threads, BooleanSupplier done, Tally tally) {
        long start = System.nanoTime();
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            callers.add(started("closed-loop-" + i, () -> {
                while (!done.getAsBoolean()) {
                    workload.perform(System.nanoTime(), tally);
                }
            }));
        }
        for (Thread caller : callers) {
            try {
                caller.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    static Thread started(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.start();
        return thread;
    }
}
