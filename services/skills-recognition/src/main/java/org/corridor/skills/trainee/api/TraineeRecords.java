package org.corridor.skills.trainee.api;

/**
 * What a recognition case asks of the trainee's record, inside the unit of work of the case's command: whether the
 * person consents (refused if not) and the recognition decided.
 */
public interface TraineeRecords {

    void requireConsent(RequireConsent command);

    void recordRecognition(RecordRecognition command);
}
