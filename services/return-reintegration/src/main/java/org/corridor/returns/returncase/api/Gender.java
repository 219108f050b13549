package org.corridor.returns.returncase.api;

/** Gender as the returnee declares it, if they choose to; never required, never on a topic. */
public enum Gender {
    FEMALE, MALE, ANOTHER_GENDER, PREFERS_NOT_TO_SAY
}
