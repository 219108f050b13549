package org.corridor.skills.trainee.api;

/** Self-declared and optional; counted per scheme so partners see whom the scheme serves. */
public enum Gender {
    FEMALE, MALE, OTHER, PREFER_NOT_TO_SAY
}
