package org.corridor.matching.candidate.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate as skills-recognition last published it, kept so that the in-memory pool can be rebuilt at start. A
 * withdrawn candidate keeps its version (so that an older availability arriving late cannot bring it back) and
 * nothing else.
 */
@Document(CandidateDocument.COLLECTION)
record CandidateDocument(@Id String personId, String schemeId, String iscoCode, List<Skill> skills,
                         List<Language> languages, String recognition, LocalDate availableFrom, long version,
                         boolean withdrawn, String withdrawnReason) {

    static final String COLLECTION = "candidates";

    record Skill(String skillCode, int level) {
    }

    record Language(String language, String level) {
    }
}
