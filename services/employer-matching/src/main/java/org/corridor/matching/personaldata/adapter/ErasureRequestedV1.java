package org.corridor.matching.personaldata.adapter;

/** Employer-matching's copy of {@code identity.erasure-requested.v1}: the fields it acts on. */
record ErasureRequestedV1(String erasureId, String personId, String requestedBy) {

    static final String TYPE = "identity.erasure-requested.v1";
}
