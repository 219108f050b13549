package org.corridor.identity.erasure.api;

import java.time.Instant;

/** Every expected service answered ERASED or NOTHING_HELD: the person's receipt is complete. */
public record ErasureCompleted(String erasureId, String personId, Instant completedAt) {
}
