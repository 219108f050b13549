package org.corridor.skills.scheme.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.SchemeId;

import java.util.List;

public record DefineScheme(@TargetAggregateIdentifier SchemeId schemeId, String name, CountryCode origin,
                           CountryCode destination, String trainingStandard, List<Occupation> occupations,
                           List<TrackQuota> quotas) {
}
