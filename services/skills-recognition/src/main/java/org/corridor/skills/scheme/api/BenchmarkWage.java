package org.corridor.skills.scheme.api;

import org.corridor.kernel.types.Money;
import org.corridor.kernel.types.OccupationCode;

/** What national workers of the destination earn in an occupation in one region: the yardstick of equal treatment. */
public record BenchmarkWage(OccupationCode code, String region, Money monthlyWage) {
}
