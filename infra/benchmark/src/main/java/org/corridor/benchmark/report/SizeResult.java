package org.corridor.benchmark.report;

import org.corridor.benchmark.infrastructure.JvmMemory;
import org.corridor.benchmark.measure.Summary;

import java.time.Duration;
import java.util.Map;

/**
 * Everything measured at one store size.
 *
 * @param target          the size asked for, in stored events
 * @param fill            how the store got there
 * @param idleRoundTrip   a lone producer's acknowledged sends with nothing else running
 * @param steady          the steady-rate phase
 * @param flatOut         the flat-out phase
 * @param coldLoads       loads of old aggregates without any cache
 * @param storeAtColdLoad stored events during the cold loads
 * @param service         memory of the service's JVM after the phases
 * @param infrastructure  memory of the infrastructure's JVM, or null when it is the service's own
 */
public record SizeResult(long target, Fill fill, Summary idleRoundTrip, PhaseResult steady, PhaseResult flatOut,
                         Summary coldLoads, long storeAtColdLoad, JvmMemory service, JvmMemory infrastructure) {

    /**
     * @param method       how the store was filled, in words
     * @param added        events added by the fill
     * @param took         time the fill's commands took
     * @param failures     failed commands during the fill
     * @param behindAtEnd  per processor, events it still had to handle when the fill's last command returned
     * @param caughtUpAfter per processor, time after the fill until it had handled everything; absent if it had not
     *                     within the wait
     */
    public record Fill(String method, long added, Duration took, int failures, Map<String, Long> behindAtEnd,
                       Map<String, Duration> caughtUpAfter) {

        public double eventsPerSecond() {
            return took.isZero() ? 0 : added / (took.toNanos() / 1e9);
        }
    }
}
