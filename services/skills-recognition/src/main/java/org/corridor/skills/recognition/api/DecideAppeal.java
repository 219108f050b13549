package org.corridor.skills.recognition.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.skills.access.Acting;

import java.util.List;

/** The appeal decided: upheld with a new outcome, or dismissed with reasons (the first decision stands). */
public record DecideAppeal(@TargetAggregateIdentifier String caseId, boolean upheld, Outcome outcome,
                           List<CompensationMeasure> measures, List<String> reasons, Acting acting) {

    public DecideAppeal {
        measures = measures == null ? List.of() : List.copyOf(measures);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
