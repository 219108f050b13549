package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Skills-recognition answered a certification request (the request id is the measure id). */
public record RecordCertificationOutcome(@TargetAggregateIdentifier String returnCaseId, String requestId,
                                         String outcome, List<Skill> certifiedSkills, List<String> reasons,
                                         LocalDate decidedOn) {
}
