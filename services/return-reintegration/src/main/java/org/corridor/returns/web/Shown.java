package org.corridor.returns.web;

import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.security.Caller;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Logs who was shown whose records: one entry per person on a page, whatever the number of their records on it. */
public final class Shown {

    private Shown() {
    }

    /**
     * @param what what the page is, in words ("grievances in a counsellor's caseload"); the ids of the person's
     *             records on it are added
     */
    public static <T> void inList(AccessLog log, Caller reader, List<T> items, Function<T, String> person,
                                  Function<T, String> id, String what) {
        Map<String, StringBuilder> ids = new LinkedHashMap<>();
        for (T item : items) {
            String personId = person.apply(item);
            if (personId != null) {
                StringBuilder shown = ids.computeIfAbsent(personId, p -> new StringBuilder());
                shown.append(shown.isEmpty() ? "" : ", ").append(id.apply(item));
            }
        }
        ids.forEach((personId, shown) -> log.record(personId, reader, what + ": " + shown));
    }
}
