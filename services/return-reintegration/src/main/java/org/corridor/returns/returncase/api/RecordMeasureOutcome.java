package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

public record RecordMeasureOutcome(@TargetAggregateIdentifier String returnCaseId, CountryCode counsellorCountry,
                                   String measureId, MeasureOutcome outcome, String note, LocalDate recordedOn) {
}
