package org.corridor.skills.trainee.publication;

import org.corridor.skills.trainee.api.WorkerActivationIssued;

/** Public contract {@code skills-recognition.worker-activation-issued.v1}: the digest of the code, never the code. */
record WorkerActivationIssuedV1(String personId, String schemeId, String originCountry, String codeDigest,
                                String expiresAt) {

    static final String TYPE = "skills-recognition.worker-activation-issued.v1";

    static WorkerActivationIssuedV1 from(WorkerActivationIssued e) {
        return new WorkerActivationIssuedV1(e.personId().value(), e.schemeId().value(), e.originCountry().value(),
                e.codeDigest(), e.expiresAt().toString());
    }
}
