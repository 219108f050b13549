package org.corridor.kernel.audit;

import org.corridor.kernel.security.Caller;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads an {@link Actor} from a Corridor access token, through the same claims as {@link Caller}. */
public final class Actors {

    private Actors() {
    }

    public static Actor fromJwt(Jwt jwt) {
        return fromCaller(Caller.of(jwt));
    }

    /** The actor recorded for a caller: their user id, their roles joined by commas, their organisation. */
    public static Actor fromCaller(Caller caller) {
        String role = caller.roles().isEmpty() ? null : String.join(",", caller.roles());
        return new Actor(caller.userId(), role, caller.organisation());
    }
}
