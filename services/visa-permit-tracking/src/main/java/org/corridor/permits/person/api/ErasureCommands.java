package org.corridor.permits.person.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;

/** What the service asks of a person's erasure: the person's request, the end of a hold, the work done. */
public final class ErasureCommands {

    private ErasureCommands() {
    }

    /**
     * The person asked to be forgotten ({@code identity.erasure-requested.v1}); {@code applications} are the person's
     * permit applications as they stand, on which the legal hold is decided.
     */
    public record RequestErasure(@TargetAggregateIdentifier String personId, String erasureId, Instant requestedAt,
                                 String requestedBy, List<ApplicationStanding> applications) {
    }

    /** An application that held the erasure has ended (permit ended, refusal final). */
    public record EndHold(@TargetAggregateIdentifier String personId, String applicationId) {
    }

    /** The service destroyed the person's key and cleared its views: {@code items} say what was erased where. */
    public record CompleteErasure(@TargetAggregateIdentifier String personId, List<ErasedItem> items) {
    }
}
