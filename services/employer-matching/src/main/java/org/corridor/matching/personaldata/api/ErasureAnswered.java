package org.corridor.matching.personaldata.api;

import java.time.Instant;

/** This service's answer to an erasure request, recorded; published as {@code personal-data-erased.v1}. */
public record ErasureAnswered(String erasureId, String personId, Instant erasedAt, ErasureAnswer answer) {
}
