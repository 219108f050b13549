package org.corridor.permits.person.adapter;

import java.time.Instant;

/** This service's own copy of {@code identity.erasure-requested.v1}: only the fields it uses. */
record ErasureRequestedV1(String erasureId, String personId, Instant requestedAt, String requestedBy) {

    static final String TYPE = "identity.erasure-requested.v1";
}
