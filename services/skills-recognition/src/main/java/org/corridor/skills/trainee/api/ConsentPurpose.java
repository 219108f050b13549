package org.corridor.skills.trainee.api;

/** What a person allows their record to be used for. */
public enum ConsentPurpose {
    /** Enrolment, training records and assessments. */
    TRAINING,
    /** Recognition of qualifications, including verification with the qualification authority. */
    RECOGNITION,
    /** Being offered to employers as a candidate (away track). */
    PLACEMENT
}
