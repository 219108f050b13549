package org.corridor.skills.trainee.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.access.Acting;

import java.util.Set;

/** A person withdraws consent for some or all purposes; use for them stops at once. */
public record WithdrawConsent(@TargetAggregateIdentifier PersonId personId, Set<ConsentPurpose> purposes, Acting acting) {
}
