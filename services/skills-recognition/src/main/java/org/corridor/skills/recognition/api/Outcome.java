package org.corridor.skills.recognition.api;

/** A recognition officer's decision. */
public enum Outcome {
    FULL, PARTIAL, REFUSED
}
