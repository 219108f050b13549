package org.corridor.benchmark.load;

import org.corridor.benchmark.measure.CacheLookups;
import org.corridor.benchmark.measure.Latencies;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** What one phase's commands and reads took, by kind; filled concurrently by the phase's threads. */
public final class Tally {

    public final Latencies creates = new Latencies();
    public final Latencies updatesHit = new Latencies();
    public final Latencies updatesMiss = new Latencies();
    /** Updates when the platform has no aggregate cache: every one loads the aggregate from the event store. */
    public final Latencies updatesUncached = new Latencies();
    public final Latencies reads = new Latencies();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    public void created(long micros) {
        creates.add(micros);
    }

    void updated(CacheLookups.Outcome outcome, long micros) {
        switch (outcome) {
            case HIT -> updatesHit.add(micros);
            case MISS -> updatesMiss.add(micros);
            case NO_CACHE -> updatesUncached.add(micros);
        }
    }

    public void read(long micros) {
        reads.add(micros);
    }

    public void failed(Exception e) {
        failures.incrementAndGet();
        if (firstFailure.compareAndSet(null, e.getClass().getSimpleName() + ": " + e.getMessage())) {
            // The report has room for one line; the whole trace goes to standard error for whoever digs further.
            System.err.println("first failure of the phase:");
            e.printStackTrace();
        }
    }

    public int updates() {
        return updatesHit.count() + updatesMiss.count() + updatesUncached.count();
    }

    /** Commands that succeeded, each of which stored exactly one event. */
    public int commands() {
        return creates.count() + updates();
    }

    public int failures() {
        return failures.get();
    }

    public String firstFailure() {
        return firstFailure.get();
    }

    /** All updates together, whatever the cache did. */
    public Latencies allUpdates() {
        Latencies all = new Latencies();
        for (Latencies part : new Latencies[] {updatesHit, updatesMiss, updatesUncached}) {
            for (long value : part.values()) {
                all.add(value);
            }
        }
        return all;
    }
}
