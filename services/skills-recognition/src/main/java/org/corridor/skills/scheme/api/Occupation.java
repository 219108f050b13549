package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;

import java.util.List;

/**
 * An occupation the scheme trains for: its training standard (the skills it requires) and the destination's
 * monthly gross wage floor for it.
 */
public record Occupation(OccupationCode code, String title, Money monthlyWageFloor, List<RequiredSkill> requiredSkills) {

    public Occupation {
        requiredSkills = requiredSkills == null ? List.of() : List.copyOf(requiredSkills);
    }

    public Occupation(OccupationCode code, String title, Money monthlyWageFloor) {
        this(code, title, monthlyWageFloor, List.of());
    }

    Occupation stripped() {
        return new Occupation(code, title.strip(), monthlyWageFloor,
                requiredSkills.stream().map(s -> new RequiredSkill(s.skillCode().strip(), s.label().strip(), s.level()))
                        .toList());
    }
}
