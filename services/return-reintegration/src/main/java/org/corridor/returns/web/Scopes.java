package org.corridor.returns.web;

import org.corridor.kernel.security.Caller;
import org.springframework.security.access.AccessDeniedException;

/** The claims a caller's scope in this service is read from: a worker's person, a counsellor's country. */
public final class Scopes {

    private Scopes() {
    }

    /** The person a worker acts as; a worker token without one may do nothing here. */
    public static String person(Caller caller) {
        if (caller.personId() == null || caller.personId().isBlank()) {
            throw new AccessDeniedException("Your token names no person: sign in again as the worker");
        }
        return caller.personId();
    }

    /** The country a counsellor works for; a counsellor token without one sees no case. */
    public static String country(Caller caller) {
        if (caller.country() == null || caller.country().isBlank()) {
            throw new AccessDeniedException("Your token names no country: ask your administrator to set it");
        }
        return caller.country();
    }
}
