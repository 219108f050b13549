package org.corridor.skills.trainee.publication;

import org.corridor.skills.trainee.api.CandidateBecameAvailable;

import java.util.List;

/** Public contract {@code skills-recognition.candidate-available.v1}: no name, birth date, contact or gender. */
record CandidateAvailableV1(String personId, String schemeId, String iscoCode, List<Skill> skills,
                            List<Language> languages, String recognition, String availableFrom, String originCountry,
                            String destinationCountry) {

    static final String TYPE = "skills-recognition.candidate-available.v1";

    record Skill(String skillCode, int level) {
    }

    record Language(String language, String level) {
    }

    static CandidateAvailableV1 from(CandidateBecameAvailable e) {
        return new CandidateAvailableV1(e.personId().value(), e.schemeId().value(), e.occupation().value(),
                e.skills().stream().map(s -> new Skill(s.skillCode(), s.level())).toList(),
                e.languages().stream().map(l -> new Language(l.language(), l.level().name())).toList(),
                e.recognition().name(), e.availableFrom().toString(), e.originCountry().value(),
                e.destinationCountry().value());
    }
}
