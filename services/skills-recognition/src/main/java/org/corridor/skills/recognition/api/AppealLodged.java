package org.corridor.skills.recognition.api;

import org.corridor.kernel.privacy.DataSubject;
import org.corridor.kernel.privacy.PersonalData;
import org.corridor.kernel.types.PersonId;

/**
 * The trainee appealed. What they wrote is theirs and may say anything about them: it is sealed with their key in
 * {@code statement}. {@code grounds} holds it in clear only in appeals recorded before it was sealed (null since),
 * which a stored event cannot be rewritten to change (ADR 0005, ADR 0024).
 */
public record AppealLodged(String caseId, @DataSubject PersonId personId, Outcome against, String grounds,
                           @PersonalData String statement) {

    public static AppealLodged of(String caseId, PersonId personId, Outcome against, String statement) {
        return new AppealLodged(caseId, personId, against, null, statement);
    }

    /** What the trainee wrote; null once they are erased. */
    public String groundsGiven() {
        return statement != null ? statement : grounds;
    }
}
