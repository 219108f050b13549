package org.corridor.skills.recognition.api;

/** How a partially recognised trainee makes up the difference to the destination's standard. */
public enum MeasureKind {
    TOP_UP_MODULE, ADAPTATION_PERIOD, APTITUDE_TEST
}
