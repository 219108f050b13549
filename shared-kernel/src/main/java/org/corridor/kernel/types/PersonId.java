package org.corridor.kernel.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifier of a person (trainee, candidate, worker, returnee): the same person across every service and the owner of their personal-data key. */
public record PersonId(String value) {

    public PersonId {
        Identifiers.requireValid("person id", value);
    }

    public static PersonId generate() {
        return new PersonId(UUID.randomUUID().toString());
    }

    @JsonCreator
    public static PersonId of(String value) {
        return new PersonId(value);
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
