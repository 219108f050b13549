package org.corridor.skills.recognition.api;

/** One compensation measure of a partial recognition, tracked to completion. */
public record CompensationMeasure(String measureId, MeasureKind kind, String description) {
}
