package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifier of a mobility scheme, shared by every service that works within it. */
public record SchemeId(String value) {

    public SchemeId {
        Identifiers.requireValid("scheme id", value);
    }

    public static SchemeId generate() {
        return new SchemeId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static SchemeId of(String value) {
        return new SchemeId(value);
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
