package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;
import java.util.List;

/** A counsellor assesses the returnee's needs, area by area; a later assessment replaces the earlier one. */
public record AssessNeeds(@TargetAggregateIdentifier String returnCaseId, CountryCode counsellorCountry,
                          List<Need> needs, LocalDate assessedOn) {
}
