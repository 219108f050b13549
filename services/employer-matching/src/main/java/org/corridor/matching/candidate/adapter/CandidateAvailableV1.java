package org.corridor.matching.candidate.adapter;

import java.time.LocalDate;
import java.util.List;

/** Employer-matching's copy of {@code skills-recognition.candidate-available.v1}: the fields matching uses. */
record CandidateAvailableV1(String personId, String schemeId, String iscoCode, List<Skill> skills,
                            List<Language> languages, String recognition, LocalDate availableFrom) {

    static final String TYPE = "skills-recognition.candidate-available.v1";

    record Skill(String skillCode, int level) {
    }

    record Language(String language, String level) {
    }
}
