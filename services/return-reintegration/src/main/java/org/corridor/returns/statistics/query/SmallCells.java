package org.corridor.returns.statistics.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Monitors see counts only, and a count under {@value #THRESHOLD} is shown as suppressed, so no person can be
 * singled out. A suppressed cell reads {@code null}; the list of suppressed cells says which.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private SmallCells() {
    }

    /** A count as a monitor sees it: {@code null} when it is above zero and under the threshold. */
    public static Long forMonitor(long count) {
        return count > 0 && count < THRESHOLD ? null : count;
    }

    /** Every counter as a monitor sees it, keeping the order. */
    public static Map<String, Long> forMonitor(Map<String, Long> counts) {
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.forEach((name, count) -> shown.put(name, forMonitor(count)));
        return shown;
    }
}
