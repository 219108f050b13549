package org.corridor.benchmark.permits;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The cases the benchmark's immigration system opened, counted as a real one would keep them: one case per
 * idempotency key (a key sent again is answered with its case, not a new one), and beside that which application
 * each case is for, so that an application lodged under two keys, a second case for the same worker, shows up.
 */
final class RemoteCases {

    private final Map<String, String> caseByKey = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> casesByApplication = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();
    private final AtomicLong replayed = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();

    /** A lodgement under {@code key} for {@code applicationId}: the case it opened now or before. */
    Lodged lodge(String key, String applicationId) {
        calls.incrementAndGet();
        boolean[] fresh = {false};
        String caseReference = caseByKey.computeIfAbsent(key, k -> {
            fresh[0] = true;
            return "CASE-" + (opened.incrementAndGet());
        });
        if (fresh[0]) {
            casesByApplication.computeIfAbsent(applicationId, a -> ConcurrentHashMap.newKeySet()).add(caseReference);
        } else {
            replayed.incrementAndGet();
        }
        return new Lodged(caseReference, !fresh[0]);
    }

    String caseOf(String key) {
        return caseByKey.get(key);
    }

    /** The case opened for {@code applicationId}, or null when it has none or more than one. */
    String onlyCaseOf(String applicationId) {
        Set<String> cases = casesByApplication.get(applicationId);
        return cases == null || cases.size() != 1 ? null : cases.iterator().next();
    }

    record Lodged(String caseReference, boolean replay) {
    }

    /**
     * @param keys                      distinct idempotency keys that opened a case
     * @param cases                     cases opened
     * @param applications              distinct applications with a case
     * @param applicationsWithTwoCases  applications with more than one case (lodged twice)
     * @param replays                   lodgements answered with the case their key had already opened
     * @param lodgementCalls            lodgement calls that reached the remote's counting (faults before it excluded)
     */
    record Counts(long keys, long cases, long applications, long applicationsWithTwoCases, long replays,
                  long lodgementCalls) {
    }

    Counts counts() {
        long twice = casesByApplication.values().stream().filter(cases -> cases.size() > 1).count();
        return new Counts(caseByKey.size(), opened.get(), casesByApplication.size(), twice, replayed.get(),
                calls.get());
    }
}
