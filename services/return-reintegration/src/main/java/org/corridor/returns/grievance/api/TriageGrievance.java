package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;

/** A counsellor takes a filed grievance, sets how urgent it is, and becomes its owner. */
public record TriageGrievance(@TargetAggregateIdentifier String grievanceId, CountryCode counsellorCountry,
                              String counsellorId, Priority priority, String note) {
}
