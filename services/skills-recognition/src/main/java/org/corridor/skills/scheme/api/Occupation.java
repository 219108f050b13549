package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;

/** An occupation the scheme trains for, with the destination's monthly gross wage floor for it. */
public record Occupation(OccupationCode code, String title, Money monthlyWageFloor) {
}
