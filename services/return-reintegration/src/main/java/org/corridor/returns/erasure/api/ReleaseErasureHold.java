package org.corridor.returns.erasure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A benefit claim that held the person's erasure was decided (granted or refused): it holds it no longer. */
public record ReleaseErasureHold(@TargetAggregateIdentifier String personId, String claimId) {
}
