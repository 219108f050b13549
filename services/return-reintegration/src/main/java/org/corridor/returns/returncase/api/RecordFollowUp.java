package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

import java.time.LocalDate;

/** The counsellor records what a follow-up found. */
public record RecordFollowUp(@TargetAggregateIdentifier String returnCaseId, CountryCode counsellorCountry,
                             FollowUp followUp, boolean reached, String findings, LocalDate recordedOn) {
}
