package org.corridor.skills.trainee.publication;

import org.corridor.skills.trainee.api.CandidateWithdrawn;

/** Public contract {@code skills-recognition.candidate-withdrawn.v1}. */
record CandidateWithdrawnV1(String personId, String schemeId, String reason) {

    static final String TYPE = "skills-recognition.candidate-withdrawn.v1";

    static CandidateWithdrawnV1 from(CandidateWithdrawn e) {
        return new CandidateWithdrawnV1(e.personId().value(), e.schemeId().value(), e.reason().name());
    }
}
