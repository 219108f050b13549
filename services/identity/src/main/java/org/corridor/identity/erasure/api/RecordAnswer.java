package org.corridor.identity.erasure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records {@code service}'s answer for {@code personId} on the request; answers {@code true} when the request is
 * complete (every expected service erased or held nothing).
 */
public record RecordAnswer(@TargetAggregateIdentifier String erasureId, String personId, String service,
                           Answer answer) {
}
