package org.corridor.identity.throttle.command;

import java.time.Instant;

/**
 * Whether an attempt is heard: {@code allowed}, or refused until {@code until} ({@code locked} when the key has been
 * locked rather than only slowed down).
 */
public record Verdict(boolean allowed, Instant until, boolean locked, int failures) {

    public static Verdict allow(int failures) {
        return new Verdict(true, null, false, failures);
    }

    public static Verdict refuse(Instant until, boolean locked, int failures) {
        return new Verdict(false, until, locked, failures);
    }
}
