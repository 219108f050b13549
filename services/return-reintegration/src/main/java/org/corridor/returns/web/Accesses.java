package org.corridor.returns.web;

import org.corridor.kernel.access.AccessLog;
import org.corridor.kernel.privacy.CryptoShredder;
import org.corridor.kernel.security.Caller;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Logs who was shown whose records ({@link AccessLog}): one entry per person on a list page, whatever the number of
 * their records on it. Nothing is logged for an erased person: nothing of theirs is shown any more, and a new entry
 * would start a new record about them.
 */
@Component
public class Accesses {

    private final AccessLog log;
    private final CryptoShredder shredder;

    Accesses(AccessLog log, CryptoShredder shredder) {
        this.log = log;
        this.shredder = shredder;
    }

    /** @param what what was shown, in words ("grievance gr-1 with your account and evidence") */
    public void shown(String personId, Caller reader, String what) {
        if (personId != null && !personId.equals(reader.personId()) && !shredder.isErased(personId)) {
            log.record(personId, reader, what);
        }
    }

    /**
     * @param what what the page is, in words ("grievances in a counsellor's caseload"); the ids of the person's
     *             records on it are added
     */
    public <T> void shownInList(Caller reader, List<T> items, Function<T, String> person, Function<T, String> id,
                                String what) {
        Map<String, StringBuilder> ids = new LinkedHashMap<>();
        for (T item : items) {
            String personId = person.apply(item);
            if (personId != null) {
                StringBuilder shown = ids.computeIfAbsent(personId, p -> new StringBuilder());
                shown.append(shown.isEmpty() ? "" : ", ").append(id.apply(item));
            }
        }
        ids.forEach((personId, shown) -> shown(personId, reader, what + ": " + shown));
    }
}
