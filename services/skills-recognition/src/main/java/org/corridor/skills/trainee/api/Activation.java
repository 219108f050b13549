package org.corridor.skills.trainee.api;

import java.time.Instant;

/** What a command carries of an activation code: its digest and when it stops working, never the code. */
public record Activation(String codeDigest, Instant expiresAt) {

    public static Activation of(ActivationCode code, Instant expiresAt) {
        return new Activation(code.digest(), expiresAt);
    }
}
