package org.corridor.identity.erasure.api;

import java.time.Instant;
import java.util.List;

/** A person is to be forgotten; published as identity.erasure-requested.v1. Holds no personal data. */
public record ErasureRequested(String erasureId, String personId, Instant requestedAt, Requester requestedBy,
                               String originCountry, String receiptCodeDigest, List<String> expectedServices) {
}
