package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.SchemeId;

/** A scheme administrator defines a scheme that its organisation will administer. */
public record DefineScheme(@TargetAggregateIdentifier SchemeId schemeId, String administeringOrganisation,
                           SchemeTerms terms) {
}
