package org.corridor.returns.benefit.api;

/**
 * Where a benefit claim is: waiting to reach the destination's system (during an outage it waits, it is never
 * dropped); turned away by that system as sent ({@code REFUSED_BY_DESTINATION}: incomplete or invalid, never
 * reviewed); received there under its reference; under review; granted, with the amount; refused after review,
 * with the reasons.
 */
public enum ClaimStatus {
    AWAITING_SUBMISSION, RECEIVED_BY_DESTINATION, REFUSED_BY_DESTINATION, UNDER_REVIEW, GRANTED, REFUSED;

    /** The claim's status once the destination said {@code status} about it. */
    public static ClaimStatus of(DestinationStatus status) {
        return switch (status) {
            case RECEIVED -> RECEIVED_BY_DESTINATION;
            case UNDER_REVIEW -> UNDER_REVIEW;
            case GRANTED -> GRANTED;
            case REFUSED -> REFUSED;
        };
    }
}
