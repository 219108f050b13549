package org.corridor.returns.returncase.api;

import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.OccupationCode;

import java.util.List;

/** What a skills-certification measure asks skills-recognition to certify. */
public record Certification(OccupationCode occupation, List<Skill> skills, List<String> evidenceReferences,
                            CountryCode countryOfWork) {
}
