package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

/**
 * One request to forget a person, named by {@code erasureId}: identity's platform-wide request
 * ({@code answered} true: the answer goes back on the topic), or this service's own erasure endpoint (with
 * {@code acting}, checked against the person's record). Both take the same path (ADR 0024).
 *
 * @param requestedBy who asked, as identity names it (PERSON, ORIGIN_AGENCY), or the caller's role here
 */
public record ErasePerson(@TargetAggregateIdentifier String erasureId, PersonId personId, String requestedBy,
                          Acting acting, boolean answered) {
}
