package org.corridor.returns.erasure.api;

import java.time.Instant;

/** An erasure request for a person this service holds nothing about. */
public record NothingHeldAboutPerson(String personId, String erasureId, String requestedBy, Instant answeredAt) {
}
