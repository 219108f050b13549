package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

public record CloseReturnCase(@TargetAggregateIdentifier String returnCaseId, CountryCode counsellorCountry,
                              CaseOutcome outcome, String note, LocalDate closedOn) {
}
