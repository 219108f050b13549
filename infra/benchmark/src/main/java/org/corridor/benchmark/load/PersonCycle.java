package org.corridor.benchmark.load;

import org.corridor.benchmark.cycle.api.AggregateKind;

import java.util.List;

import static org.corridor.benchmark.cycle.api.AggregateKind.*;

/**
 * A person's whole cycle as the services will record it: 30 events over 8 aggregates, from enrolment to a
 * grievance after return, interleaved as the stages really follow one another.
 */
public final class PersonCycle {

    /** One command of the cycle: the first one of an aggregate opens it, every later one advances it. */
    public record Step(AggregateKind kind, boolean opens, String stage) {
    }

    public static final List<Step> STEPS = List.of(
            open(TRAINEE, "enrolled"),
            advance(TRAINEE, "training-started"),
            advance(TRAINEE, "module-completed"),
            advance(TRAINEE, "module-completed"),
            advance(TRAINEE, "assessed"),
            advance(TRAINEE, "certified"),
            open(RECOGNITION_CASE, "opened"),
            advance(RECOGNITION_CASE, "certificate-verified"),
            advance(RECOGNITION_CASE, "recognised"),
            advance(TRAINEE, "recognition-recorded"),
            open(CANDIDATE, "entered-pool"),
            open(JOB_ORDER, "opened"),
            advance(JOB_ORDER, "candidates-ranked"),
            advance(CANDIDATE, "shortlisted"),
            advance(CANDIDATE, "offer-received"),
            advance(CANDIDATE, "offer-accepted"),
            open(PLACEMENT, "agreed"),
            advance(JOB_ORDER, "position-filled"),
            open(PERMIT_APPLICATION, "applied"),
            advance(PERMIT_APPLICATION, "lodged"),
            advance(PERMIT_APPLICATION, "status-synced"),
            advance(PERMIT_APPLICATION, "issued"),
            advance(PLACEMENT, "started"),
            advance(PERMIT_APPLICATION, "expiry-warned"),
            advance(PLACEMENT, "ended"),
            open(RETURN_CASE, "opened"),
            advance(RETURN_CASE, "needs-assessed"),
            advance(RETURN_CASE, "plan-agreed"),
            open(GRIEVANCE, "filed"),
            advance(RETURN_CASE, "followed-up"));

    /** Stored events per person, and so per walk through {@link #STEPS}. */
    public static final int EVENTS_PER_PERSON = STEPS.size();

    private PersonCycle() {
    }

    private static Step open(AggregateKind kind, String stage) {
        return new Step(kind, true, stage);
    }

    private static Step advance(AggregateKind kind, String stage) {
        return new Step(kind, false, stage);
    }
}
