package org.corridor.benchmark.cycle.api;

/** Command names, as constants so aggregates can name them in {@code @CommandHandler(commandName = ...)}. */
public final class CommandNames {

    public static final String OPEN_TRAINEE = "Trainee.open";
    public static final String ADVANCE_TRAINEE = "Trainee.advance";
    public static final String OPEN_RECOGNITION_CASE = "RecognitionCase.open";
    public static final String ADVANCE_RECOGNITION_CASE = "RecognitionCase.advance";
    public static final String OPEN_CANDIDATE = "Candidate.open";
    public static final String ADVANCE_CANDIDATE = "Candidate.advance";
    public static final String OPEN_JOB_ORDER = "JobOrder.open";
    public static final String ADVANCE_JOB_ORDER = "JobOrder.advance";
    public static final String OPEN_PLACEMENT = "Placement.open";
    public static final String ADVANCE_PLACEMENT = "Placement.advance";
    public static final String OPEN_PERMIT_APPLICATION = "PermitApplication.open";
    public static final String ADVANCE_PERMIT_APPLICATION = "PermitApplication.advance";
    public static final String OPEN_RETURN_CASE = "ReturnCase.open";
    public static final String ADVANCE_RETURN_CASE = "ReturnCase.advance";
    public static final String OPEN_GRIEVANCE = "Grievance.open";
    public static final String ADVANCE_GRIEVANCE = "Grievance.advance";

    private CommandNames() {
    }
}
