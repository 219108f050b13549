package org.corridor.returns.erasure.api;

import java.time.Instant;
import java.util.List;

/**
 * The person's key is destroyed: every personal value this service sealed for them is unreadable, and the lists
 * no longer name them. Recorded once per erasure request answered (a repeated request repeats the receipt).
 */
public record PersonErased(String personId, String erasureId, String requestedBy, Instant erasedAt,
                           List<ErasedItem> items) {
}
