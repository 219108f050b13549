package org.corridor.matching.ranking.api;

import org.corridor.kernel.types.CefrLevel;

import java.time.LocalDate;
import java.util.List;

/** What a job order asks of a candidate, as ranking reads it. */
public record Requirements(String jobOrderId, String schemeId, String iscoCode, List<Skill> skills, String language,
                           CefrLevel languageLevel, LocalDate startDate) {

    public Requirements {
        skills = List.copyOf(skills);
    }

    public record Skill(String skillCode, int level) {
    }
}
