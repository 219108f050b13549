package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.skills.access.Acting;

import java.util.List;

/** A recognition officer decides: full, partial with compensation measures, or refusal with reasons. */
public record DecideRecognition(@TargetAggregateIdentifier String caseId, Outcome outcome,
                                List<CompensationMeasure> measures, List<String> reasons, Acting acting) {

    public DecideRecognition {
        measures = measures == null ? List.of() : List.copyOf(measures);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
