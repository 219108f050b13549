package org.corridor.returns.returncase.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.Money;

import java.time.LocalDate;

/**
 * A counsellor adds a measure to the reintegration plan.
 *
 * @param owner         who carries it out (a counsellor, a partner organisation)
 * @param grant         start-up support, for a business start-up only
 * @param certification what to certify, for a skills certification only
 */
public record PlanMeasure(@TargetAggregateIdentifier String returnCaseId, CountryCode counsellorCountry,
                          String measureId, MeasureType type, String description, String owner, LocalDate dueOn,
                          Money grant, Certification certification, LocalDate plannedOn) {
}
