package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.skills.access.Acting;

import java.time.LocalDate;

public record CompleteMeasure(@TargetAggregateIdentifier String caseId, String measureId, LocalDate completedOn,
                              Acting acting) {
}
