package org.corridor.skills.recognition.api;

import java.time.LocalDate;

public record MeasureCompleted(String caseId, String measureId, LocalDate completedOn) {
}
