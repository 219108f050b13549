package org.corridor.matching.personaldata.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Records what was done for an erasure request; sent again for the same request, it answers again.
 *
 * @param erasedAt when the person's key was destroyed, or when the answer was given if it was not (a hold, or
 *                 nothing held)
 */
public record RecordErasureAnswer(@TargetAggregateIdentifier String erasureId, String personId, Instant erasedAt,
                                  ErasureAnswer answer) {
}
