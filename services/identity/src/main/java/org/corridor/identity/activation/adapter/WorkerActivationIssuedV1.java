package org.corridor.identity.activation.adapter;

import java.time.Instant;

/**
 * This service's copy of {@code skills-recognition.worker-activation-issued.v1}
 * (src/main/resources/contracts/consumed/): the digest of a one-time code an origin agency gave an enrolled person.
 */
public record WorkerActivationIssuedV1(String personId, String schemeId, String originCountry, String codeDigest,
                                       Instant expiresAt) {

    public static final String TYPE = "skills-recognition.worker-activation-issued.v1";
}
