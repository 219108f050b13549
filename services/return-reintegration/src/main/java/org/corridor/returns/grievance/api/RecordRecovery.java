package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;

import java.time.LocalDate;

/** Money recovered for the worker on a substantiated grievance (wages paid, a fee refunded). */
public record RecordRecovery(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                             Money amount, LocalDate recoveredOn) {
}
