package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An ISCO-08 occupation code at unit-group level, such as 2221 (nursing professionals) or 7411 (building
 * electricians): one of the 436 unit groups of the ILO's structure ({@link Isco08}), not merely four digits.
 * Major group 0 (armed forces) is refused: no mobility scheme recruits for it.
 */
public record OccupationCode(String value) {

    private static final Pattern UNIT_GROUP = Pattern.compile("[1-9][0-9]{3}");

    public OccupationCode {
        if (value == null || !UNIT_GROUP.matcher(value).matches()) {
            throw new InvalidValueException("occupation", value, "a four-digit ISCO-08 unit group code, such as 2221");
        }
        if (!Isco08.isUnitGroup(value)) {
            throw new InvalidValueException("occupation", value,
                    "an ISCO-08 unit group that exists, such as 2221; GET /occupations lists them with their titles");
        }
    }

    @JsonCreator
    public static OccupationCode of(String value) {
        return new OccupationCode(value);
    }

    /** The ILO's title of this unit group, e.g. "Nursing professionals". */
    public String title() {
        return Isco08.title(value).orElseThrow();
    }

    /** The ISCO-08 major group (first digit), e.g. 2 for professionals. */
    public int majorGroup() {
        return value.charAt(0) - '0';
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
