package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.SchemeId;

import java.time.LocalDate;

/** A scheme administrator closes a scheme: no more enrolments or amendments. */
public record CloseScheme(@TargetAggregateIdentifier SchemeId schemeId, String actingOrganisation, LocalDate closedOn,
                          String reason) {
}
