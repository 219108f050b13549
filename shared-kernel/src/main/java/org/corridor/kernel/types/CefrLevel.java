package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Common European Framework of Reference language proficiency level, ordered from lowest to highest. */
public enum CefrLevel {
    A1, A2, B1, B2, C1, C2;

    @JsonCreator
    public static CefrLevel of(String value) {
        if (value != null) {
            for (CefrLevel level : values()) {
                if (level.name().equalsIgnoreCase(value.trim())) {
                    return level;
                }
            }
        }
        throw new InvalidValueException("CEFR level", value, "one of A1, A2, B1, B2, C1, C2");
    }

    public boolean meets(CefrLevel required) {
        return compareTo(required) >= 0;
    }
}
