package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.kernel.types.SchemeId;

/** An origin agency of {@code agencyCountry} takes one place of a track's quota for a person it enrols. */
public record TakePlace(@TargetAggregateIdentifier SchemeId schemeId, PersonId personId, Track track,
                        Integer intakeYear, CountryCode agencyCountry) {
}
