package org.corridor.returns.counting.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monitors see counts only, and a count under {@value #THRESHOLD} (but above zero) is suppressed, so no person can
 * be singled out: the cell is left out of the figures and named in the list of suppressed cells.
 */
public final class SmallCells {

    public static final int THRESHOLD = 5;

    private final boolean suppress;
    private final List<String> suppressed = new ArrayList<>();

    private SmallCells(boolean suppress) {
        this.suppress = suppress;
    }

    /** Suppresses small cells, for monitors. */
    public static SmallCells forMonitor() {
        return new SmallCells(true);
    }

    /** Shows every count as it is. */
    public static SmallCells shown() {
        return new SmallCells(false);
    }

    public static boolean isSmall(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** Whether the cell may be shown; when not, it is recorded as suppressed under {@code name}. */
    public boolean shows(String name, long count) {
        if (suppress && isSmall(count)) {
            suppressed.add(name);
            return false;
        }
        return true;
    }

    /** The counts that may be shown, in their order; {@code prefix} names the table in the suppressed list. */
    public Map<String, Long> cells(String prefix, Map<String, Long> counts) {
        Map<String, Long> shown = new LinkedHashMap<>();
        counts.forEach((name, count) -> {
            if (shows(prefix + "." + name, count)) {
                shown.put(name, count);
            }
        });
        return shown;
    }

    public List<String> suppressed() {
        return List.copyOf(suppressed);
    }
}
