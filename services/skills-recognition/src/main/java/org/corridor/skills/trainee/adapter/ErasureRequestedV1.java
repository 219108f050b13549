package org.corridor.skills.trainee.adapter;

/** This service's copy of {@code identity.erasure-requested.v1} (fields it uses). */
record ErasureRequestedV1(String erasureId, String personId, String requestedBy) {

    static final String TYPE = "identity.erasure-requested.v1";
}
