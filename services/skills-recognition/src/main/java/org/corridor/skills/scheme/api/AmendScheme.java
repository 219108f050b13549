package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.SchemeId;

import java.time.LocalDate;

/** A scheme administrator replaces a scheme's terms from a date on, for a reason. */
public record AmendScheme(@TargetAggregateIdentifier SchemeId schemeId, String actingOrganisation, SchemeTerms terms,
                          String reason, LocalDate effectiveFrom) {
}
