package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.skills.access.Acting;

public record LodgeAppeal(@TargetAggregateIdentifier String caseId, String grounds, Acting acting) {
}
