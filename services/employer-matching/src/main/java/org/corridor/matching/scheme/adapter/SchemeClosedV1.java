package org.corridor.matching.scheme.adapter;

/** Employer-matching's copy of {@code skills-recognition.scheme-closed.v1}. */
record SchemeClosedV1(String schemeId, String closedOn, String reason) {

    static final String TYPE = "skills-recognition.scheme-closed.v1";
}
