package org.corridor.embedded;

import java.time.Duration;
import java.util.Locale;

/** Durations as people read them in the launcher's output. */
final class Durations {

    private Durations() {
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String sinceNanos(long startNanos) {
        return seconds(Duration.ofNanos(System.nanoTime() - startNanos));
    }
}
