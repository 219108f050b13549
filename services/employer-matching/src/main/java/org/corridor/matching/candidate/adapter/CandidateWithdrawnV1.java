package org.corridor.matching.candidate.adapter;

/** Employer-matching's copy of {@code skills-recognition.candidate-withdrawn.v1}. */
record CandidateWithdrawnV1(String personId, String schemeId, String reason) {

    static final String TYPE = "skills-recognition.candidate-withdrawn.v1";
}
