package org.corridor.identity.throttle.command;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How wrong attempts (passwords, activation or reset codes) are slowed and then stopped, for one kind of key (an
 * account, or a client address). The first {@code freeFailures} cost nothing; each one after that makes the next
 * attempt wait, {@code firstDelay} and doubling (1 s, 2 s, 4 s ...); the {@code lockAfter}-th failure locks the key
 * for {@code lockFor}. A key whose last failure is older than {@code forgetAfter} starts again from zero.
 */
public record ThrottlePolicy(int freeFailures, Duration firstDelay, int lockAfter, Duration lockFor,
                             Duration forgetAfter) {

    private static final int MAX_DOUBLINGS = 16;

    public ThrottlePolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(lockFor, "lockFor");
        Objects.requireNonNull(forgetAfter, "forgetAfter");
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("a throttle needs 0 <= free-failures < lock-after, got "
                    + freeFailures + " and " + lockAfter);
        }
    }

    /** Whether {@code failures} wrong attempts in a row lock the key. */
    public boolean locks(int failures) {
        return failures >= lockAfter;
    }

    /** The earliest moment the next attempt is heard after {@code failures} wrong ones, the last at {@code at}. */
    public Instant nextAttemptAfter(int failures, Instant at) {
        if (locks(failures)) {
            return at.plus(lockFor);
        }
        if (failures <= freeFailures) {
            return at;
        }
        int doublings = Math.min(failures - freeFailures - 1, MAX_DOUBLINGS);
        return at.plus(firstDelay.multipliedBy(1L << doublings));
    }

    /** Whether failures recorded last at {@code lastFailure} are forgotten by {@code now}. */
    public boolean forgotten(Instant lastFailure, Instant now) {
        return lastFailure == null || !lastFailure.plus(forgetAfter).isAfter(now);
    }
}
