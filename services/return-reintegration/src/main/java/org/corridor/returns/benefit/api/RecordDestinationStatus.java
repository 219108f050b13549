package org.corridor.returns.benefit.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the destination answered to a status check.
 *
 * @param check         the check it answers; an answer to a check answered already records nothing
 * @param status        null when the destination answered without a status that can be taken
 * @param grantedAmount what was granted, for {@link DestinationStatus#GRANTED}
 * @param reasons       why it was refused, for {@link DestinationStatus#REFUSED}
 * @param decidedOn     the day of the decision, when there is one
 */
public record RecordDestinationStatus(@TargetAggregateIdentifier String claimId, int check, DestinationStatus status,
                                      Money grantedAmount, List<String> reasons, LocalDate decidedOn,
                                      Instant checkedAt) {
}
