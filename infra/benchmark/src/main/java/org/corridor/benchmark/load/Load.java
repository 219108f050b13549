package org.corridor.benchmark.load;

/** Something the drivers can send, one command (with what follows it) at a time. */
public interface Load {

    /**
     * @param intendedStartNanos when the command was due ({@link System#nanoTime()}); latencies count from there
     */
    void perform(long intendedStartNanos, Tally tally);

    /** Events stored so far, as far as this load knows. */
    long storedEvents();
}
