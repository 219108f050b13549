package org.corridor.identity.activation.store;

import org.springframework.data.annotation.Id;

import java.time.Instant;

/**
 * A worker's one-time activation code, by its digest: whose it is, when it was issued and expires, and whether it is
 * still usable ({@code ISSUED}), used ({@code SPENT}) or replaced by a newer one ({@code SUPERSEDED}).
 */
public record ActivationCode(@Id String digest, String personId, String originCountry, Instant issuedAt,
                             Instant expiresAt, State state, Instant changedAt) {

    public enum State { ISSUED, SPENT, SUPERSEDED }
}
