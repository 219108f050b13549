package org.corridor.identity.erasure.api;

/** A service answered the request; a later answer of the same service replaces this one on the receipt. */
public record ErasureAnswered(String erasureId, String personId, String service, Answer answer) {
}
