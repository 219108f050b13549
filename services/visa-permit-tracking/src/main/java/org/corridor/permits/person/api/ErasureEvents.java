package org.corridor.permits.person.api;

import java.time.Instant;
import java.util.List;

/**
 * What a person's erasure records, in the person's own stream (aggregate id = person id). Carries no personal data:
 * ids, rules and words about what was done. Private to this service; the public answer is
 * {@code visa-permit-tracking.personal-data-erased.v1}.
 */
public final class ErasureEvents {

    private ErasureEvents() {
    }

    /** The person asked to be forgotten; {@code applicationIds} are the person's applications the request found. */
    public record ErasureRequested(String personId, String erasureId, Instant requestedAt, String requestedBy,
                                   List<String> applicationIds) {
    }

    /** The answer to one request: what was erased where, or what a hold keeps and until when. */
    public record ErasureAnswered(String personId, String erasureId, ErasureOutcome outcome, List<ErasedItem> items,
                                  List<Hold> holds) {
    }

    /**
     * Nothing holds the erasure any more: the service destroys the person's key and clears the person's fields on
     * these applications, then answers every request still waiting.
     */
    public record ErasureDue(String personId, List<String> applicationIds) {
    }

    /** An application that held the erasure has ended; {@code remaining} holds are still in force. */
    public record HoldEnded(String personId, String applicationId, int remaining) {
    }
}
