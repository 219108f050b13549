package org.corridor.matching.placement.api;

import org.corridor.kernel.types.Money;

import java.math.BigDecimal;

/** The terms of the contract the worker signed at destination, as the worker reports them. */
public record SignedContract(Money monthlyWage, BigDecimal hoursPerWeek, int contractMonths,
                             Money monthlyDeductions, String housing) {
}
