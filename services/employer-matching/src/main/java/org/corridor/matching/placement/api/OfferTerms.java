package org.corridor.matching.placement.api;

import org.corridor.kernel.types.Money;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms an offer makes, copied from its job order when it is made: what the signed contract is later compared
 * with.
 */
public record OfferTerms(String schemeId, String iscoCode, String originCountry, String destinationCountry,
                         Money monthlyWage, BigDecimal hoursPerWeek, int contractMonths, Money monthlyDeductions,
                         String housing, LocalDate startDate) {
}
