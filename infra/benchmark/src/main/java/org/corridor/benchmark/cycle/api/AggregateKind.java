package org.corridor.benchmark.cycle.api;

import static org.corridor.benchmark.cycle.api.CommandNames.*;

/**
 * The aggregates of a person's cycle, each standing in for one of the services' own, with the service that will
 * own it and the read model it feeds.
 */
public enum AggregateKind {

    TRAINEE(OPEN_TRAINEE, ADVANCE_TRAINEE, "skills-recognition", "trainees"),
    RECOGNITION_CASE(OPEN_RECOGNITION_CASE, ADVANCE_RECOGNITION_CASE, "skills-recognition", "recognition-cases"),
    CANDIDATE(OPEN_CANDIDATE, ADVANCE_CANDIDATE, "employer-matching", "candidates"),
    JOB_ORDER(OPEN_JOB_ORDER, ADVANCE_JOB_ORDER, "employer-matching", "job-orders"),
    PLACEMENT(OPEN_PLACEMENT, ADVANCE_PLACEMENT, "employer-matching", "placements"),
    PERMIT_APPLICATION(OPEN_PERMIT_APPLICATION, ADVANCE_PERMIT_APPLICATION, "visa-permit-tracking",
            "permit-applications"),
    RETURN_CASE(OPEN_RETURN_CASE, ADVANCE_RETURN_CASE, "return-reintegration", "return-cases"),
    GRIEVANCE(OPEN_GRIEVANCE, ADVANCE_GRIEVANCE, "return-reintegration", "grievances");

    private final String openCommand;
    private final String advanceCommand;
    private final String service;
    private final String collection;

    AggregateKind(String openCommand, String advanceCommand, String service, String collection) {
        this.openCommand = openCommand;
        this.advanceCommand = advanceCommand;
        this.service = service;
        this.collection = collection;
    }

    public String openCommand() {
        return openCommand;
    }

    public String advanceCommand() {
        return advanceCommand;
    }

    /** The service that will own this aggregate once it exists. */
    public String service() {
        return service;
    }

    /** The MongoDB collection of its read model. */
    public String collection() {
        return collection;
    }
}
