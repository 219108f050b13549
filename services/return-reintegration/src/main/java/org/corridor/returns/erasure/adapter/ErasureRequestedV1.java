package org.corridor.returns.erasure.adapter;

/** Return-reintegration's own copy of {@code identity.erasure-requested.v1}. */
record ErasureRequestedV1(String erasureId, String personId, String requestedAt, String requestedBy) {

    static final String TYPE = "identity.erasure-requested.v1";
}
