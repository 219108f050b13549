package org.corridor.returns.benefit.command;

import java.time.Duration;

/**
 * How often a received claim's status is asked for: {@code first} after the receipt and after every change, then
 * twice as long after each answer that changed nothing, up to {@code longest}. Decisions take weeks; a claim asked
 * for hourly at first and weekly later costs the destination little and the event store a few events a month.
 */
public record StatusChecks(Duration first, Duration longest) {

    public StatusChecks {
        if (first == null || first.isNegative() || first.isZero() || longest == null || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("status checks need a first wait above zero and a longest wait at "
                    + "least as long, not " + first + " and " + longest);
        }
    }

    public static StatusChecks standard() {
        return new StatusChecks(Duration.ofHours(1), Duration.ofDays(7));
    }

    /** The wait before the next check, after an answer that changed nothing following {@code last}. */
    Duration after(Duration last) {
        Duration doubled = last.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }
}
