package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.regex.Pattern;

/**
 * An ISCO-08 occupation code at unit-group level: four digits, such as 2221 (nursing professionals) or 7411
 * (building electricians). Major group 0 (armed forces) is refused: no mobility scheme recruits for it.
 */
public record OccupationCode(String value) {

    private static final Pattern UNIT_GROUP = Pattern.compile("[1-9][0-9]{3}");

    public OccupationCode {
        if (value == null || !UNIT_GROUP.matcher(value).matches()) {
            throw new InvalidValueException("occupation", value, "a four-digit ISCO-08 unit group code, such as 2221");
        }
    }

    @JsonCreator
    public static OccupationCode of(String value) {
        return new OccupationCode(value);
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
