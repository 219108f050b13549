package org.corridor.identity.erasure.api;

/**
 * What a service answered: it erased what it held ({@code ERASED}), it held nothing of the person
 * ({@code NOTHING_HELD}), or a legal hold keeps part of it for now ({@code HELD}; the service answers again, ERASED,
 * when the hold ends).
 */
public enum Outcome {
    ERASED,
    NOTHING_HELD,
    HELD;

    /** Whether this answer settles the service's line on the receipt. */
    public boolean settles() {
        return this != HELD;
    }
}
