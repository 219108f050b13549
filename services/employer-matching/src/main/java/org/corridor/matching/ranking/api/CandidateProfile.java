package org.corridor.matching.ranking.api;

import org.corridor.kernel.types.CefrLevel;

import java.time.LocalDate;
import java.util.Map;

/**
 * What matching knows of a candidate, and all it may use: occupation, skills and languages with levels,
 * recognition and availability. No name, contact, gender, age or nationality: the pool does not hold them.
 */
public record CandidateProfile(String personId, String schemeId, String iscoCode, Map<String, Integer> skills,
                               Map<String, CefrLevel> languages, Recognition recognition, LocalDate availableFrom) {

    public CandidateProfile {
        skills = Map.copyOf(skills);
        languages = Map.copyOf(languages);
    }

    public enum Recognition {
        FULL, PARTIAL
    }
}
