package org.corridor.benchmark.cycle.api;

/**
 * The events of a person's cycle: for each aggregate kind, the event that opens it and the event that records a
 * later stage. Private to the service like any domain event; {@code publication} forwards each to Kafka.
 */
public final class CycleEvents {

    private CycleEvents() {
    }

    /** Any event of the cycle. */
    public sealed interface CycleEvent permits Opened, Progressed {

        String aggregateId();

        String stage();

        AggregateKind kind();
    }

    /** The first event of an aggregate. */
    public sealed interface Opened extends CycleEvent {

        PersonFacts person();
    }

    /** A later stage of an aggregate. */
    public sealed interface Progressed extends CycleEvent {

        String personId();

        int stageNumber();

        String note();
    }

    /** Trainee: enrolled, then training modules, assessments, certification, recognition. */
    public record TraineeEnrolled(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.TRAINEE;
        }
    }

    public record TraineeProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.TRAINEE;
        }
    }

    /** Recognition of a qualification: opened, certificate verified, outcome. */
    public record RecognitionCaseOpened(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.RECOGNITION_CASE;
        }
    }

    public record RecognitionCaseProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.RECOGNITION_CASE;
        }
    }

    /** Candidate: entered the pool, shortlisted, offer received and accepted. */
    public record CandidateEnteredPool(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.CANDIDATE;
        }
    }

    public record CandidateProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.CANDIDATE;
        }
    }

    /** Job order: opened, candidates ranked, position filled. */
    public record JobOrderOpened(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.JOB_ORDER;
        }
    }

    public record JobOrderProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.JOB_ORDER;
        }
    }

    /** Placement: agreed, started, ended. */
    public record PlacementAgreed(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.PLACEMENT;
        }
    }

    public record PlacementProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.PLACEMENT;
        }
    }

    /** Permit application: applied, lodged, synced, issued, expiry warned. */
    public record PermitApplied(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.PERMIT_APPLICATION;
        }
    }

    public record PermitApplicationProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.PERMIT_APPLICATION;
        }
    }

    /** Return case: opened, needs assessed, plan agreed, followed up. */
    public record ReturnCaseOpened(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.RETURN_CASE;
        }
    }

    public record ReturnCaseProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.RETURN_CASE;
        }
    }

    /** Grievance: filed, followed up. */
    public record GrievanceFiled(String aggregateId, PersonFacts person, String stage) implements Opened {
        @Override
        public AggregateKind kind() {
            return AggregateKind.GRIEVANCE;
        }
    }

    public record GrievanceProgressed(String aggregateId, String personId, String stage, int stageNumber, String note)
            implements Progressed {
        @Override
        public AggregateKind kind() {
            return AggregateKind.GRIEVANCE;
        }
    }
}
