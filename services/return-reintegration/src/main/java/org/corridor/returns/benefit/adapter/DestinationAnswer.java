package org.corridor.returns.benefit.adapter;

/** What came of sending a claim to the destination's social-security system. */
sealed interface DestinationAnswer {

    /** Received (now or on an earlier call with the same idempotency key) under the destination's reference. */
    record Received(String reference, String status) implements DestinationAnswer {
    }

    /** Refused as it stands (4xx): sending it again would not help. */
    record Refused(String reason) implements DestinationAnswer {
    }

    /** No answer now (errors, timeouts, an open circuit): the claim waits and is sent again later. */
    record Unavailable(String reason) implements DestinationAnswer {
    }
}
