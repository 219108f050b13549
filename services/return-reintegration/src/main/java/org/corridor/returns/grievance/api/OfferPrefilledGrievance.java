package org.corridor.returns.grievance.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;

import java.time.LocalDate;
import java.util.List;

/** Employer-matching found the signed contract worse than the offer: the worker is offered a prefilled grievance. */
public record OfferPrefilledGrievance(@TargetAggregateIdentifier String offerId, PersonId worker, String placementId,
                                      String employerId, String schemeId, List<WorseTerm> worseTerms,
                                      LocalDate detectedOn) {
}
