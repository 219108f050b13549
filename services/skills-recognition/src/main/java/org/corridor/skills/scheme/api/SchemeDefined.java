package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.SchemeId;

import java.util.List;

public record SchemeDefined(SchemeId schemeId, String name, CountryCode origin, CountryCode destination,
                            String trainingStandard, List<Occupation> occupations, List<TrackQuota> quotas) {
}
