package org.corridor.skills.trainee.api;

/** Where the trainee's qualification stands against the destination's standard. */
public enum RecognitionStatus {
    FULL, PARTIAL, REFUSED
}
