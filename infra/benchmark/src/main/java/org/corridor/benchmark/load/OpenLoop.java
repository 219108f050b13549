package org.corridor.benchmark.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A steady rate, whatever the platform does: command {@code i} is due at {@code start + i / rate}, whether or not
 * earlier ones have returned. Its latency counts from when it was due, so a stall shows in every command that
 * should have run during it (no coordinated omission). Enough threads stand by that a slow command does not hold
 * up the schedule; if all of them are busy, the next command starts late and its latency says so.
 */
public final class OpenLoop {

    /** What the schedule looked like from the client's side. */
    public record Schedule(Duration elapsed, int due, int startedLate) {
    }

    /** A start more than this after its due time counts as late. */
    private static final long LATE_NANOS = Duration.ofMillis(10).toNanos();

    private OpenLoop() {
    }

    public static Schedule run(Load workload, double perSecond, Duration duration, int threads, Tally tally) {
        long intervalNanos = (long) (1_000_000_000L / perSecond);
        long start = System.nanoTime() + Duration.ofMillis(20).toNanos();
        long end = start + duration.toNanos();
        AtomicLong nextSlot = new AtomicLong();
        AtomicInteger late = new AtomicInteger();
        List<Thread> workers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            workers.add(ClosedLoop.started("open-loop-" + i, () -> {
                while (true) {
                    long due = start + nextSlot.getAndIncrement() * intervalNanos;
                    if (due >= end) {
                        return;
                    }
                    long wait;
                    while ((wait = due - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (-wait > LATE_NANOS) {
                        late.incrementAndGet();
                    }
                    workload.perform(due, tally);
                }
            }));
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
        int due = (int) Math.min(Integer.MAX_VALUE, (end - start + intervalNanos - 1) / intervalNanos);
        return new Schedule(Duration.ofNanos(System.nanoTime() - start), due, late.get());
    }
}
