package org.corridor.returns.erasure.api;

import java.time.Instant;
import java.util.List;

/**
 * The person's erasure waits: benefit claims of theirs are not decided yet (ADR 55). Nothing is erased now; the
 * erasure happens, and is answered ERASED, when the last of {@code heldClaims} is decided.
 */
public record PersonErasureHeld(String personId, String erasureId, String requestedBy, Instant heldAt,
                                List<Hold> holds, List<String> heldClaims, Holdings holdings) {
}
