package org.corridor.skills.trainee.api;

import java.time.Instant;
import java.util.Set;

/** The purposes a person consented to, and when. */
public record Consent(Set<ConsentPurpose> purposes, Instant givenAt) {

    public Consent {
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
    }
}
