package org.corridor.benchmark.report;

import org.corridor.benchmark.measure.GcStats;
import org.corridor.benchmark.measure.Summary;

import java.time.Duration;

/**
 * One measured phase at one store size.
 *
 * @param name            "steady" or "flat out"
 * @param load            how load was offered, in words
 * @param targetRate      commands per second due by the schedule, or 0 when flat out
 * @param storeAtStart    stored events when the phase began
 * @param storeAtEnd      stored events when it ended
 * @param elapsed         from the first command to the last one's completion
 * @param creates         create commands: latency of each
 * @param updates         all updates of existing aggregates
 * @param updatesHit      updates whose aggregate was in the platform's cache
 * @param updatesMiss     updates whose aggregate was not, and was loaded from the event store
 * @param updatesUncached updates when the platform has no aggregate cache
 * @param reads           read-model reads between commands
 * @param failures        commands or reads that failed
 * @param firstFailure    the first failure, if any
 * @param projectionLag   event timestamp to projection committed
 * @param publicationLag  event timestamp to record appended (and acknowledged) by Kafka
 * @param settled         after the phase ended, time until every event of it was projected and published (null if
 *                        not within the wait)
 * @param kafkaRoundTrip  a lone producer's acknowledged sends during the phase, or null
 * @param due             commands due by the schedule (open loop), or 0
 * @param startedLate     of those, started more than 10 ms after they were due
 * @param serviceCores    CPU used by the service's JVM (benchmark driver included), in cores
 * @param infraCores      CPU used by the infrastructure's JVM, in cores (0 when it is the same JVM)
 * @param machineBusy     share of the whole machine's CPU in use, 0..1, everything on it included
 * @param cpuSeconds      CPU used by the service's and the infrastructure's JVMs from the phase's start until its
 *                        events were all projected and published: the whole cost of the phase's commands, which
 *                        unlike throughput does not depend on how much of the machine others take
 * @param gc              collections in the service's JVM during the phase
 * @param loadAverage     the machine's load averages when the phase ended
 */
public record PhaseResult(String name, String load, double targetRate, long storeAtStart, long storeAtEnd, Duration elapsed,
                          Summary creates, Summary updates, Summary updatesHit, Summary updatesMiss,
                          Summary updatesUncached, Summary reads, int failures, String firstFailure,
                          Summary projectionLag, Summary publicationLag, Duration settled, Summary kafkaRoundTrip,
                          int due, int startedLate, double serviceCores, double infraCores, double machineBusy,
                          double cpuSeconds, GcStats gc, String loadAverage) {

    public double seconds() {
        return elapsed.toNanos() / 1e9;
    }

    public double commandsPerSecond() {
        return (creates.count() + updates.count()) / seconds();
    }

    public double createsPerSecond() {
        return creates.count() / seconds();
    }

    /** CPU milliseconds, both JVMs together, per command accepted, projected and published. */
    public double cpuMillisPerCommand() {
        int commands = creates.count() + updates.count();
        return commands == 0 || cpuSeconds < 0 ? -1 : cpuSeconds * 1000 / commands;
    }

    public double updatesPerSecond() {
        return updates.count() / seconds();
    }
}
