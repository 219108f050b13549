package org.corridor.matching.monitoring.web;

import java.util.List;

/**
 * What a monitor sees of a scheme in employer-matching: counts only, each under 5 suppressed. There is no gender
 * breakdown here, on purpose: the candidate pool and placements hold no gender (skills-recognition does not
 * publish it, and matching must not use it), so any count by gender would have to be invented. Counts by gender
 * are skills-recognition's, which holds the self-declared gender of trainees.
 */
record SchemeCounts(String schemeId, List<Cell> cells, String gender) {

    static final int SMALLEST_SHOWN = 5;
    static final String GENDER_NOT_HELD = "not held by employer-matching: the pool carries no gender, so no count "
            + "by gender is given here";

    /** One count: its value, or null and {@code suppressed} when fewer than 5 could single a person out. */
    record Cell(String measure, Long value, boolean suppressed) {

        static Cell of(String measure, long value) {
            return value > 0 && value < SMALLEST_SHOWN ? new Cell(measure, null, true)
                    : new Cell(measure, value, false);
        }
    }
}
