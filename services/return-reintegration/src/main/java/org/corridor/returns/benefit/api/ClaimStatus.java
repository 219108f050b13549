package org.corridor.returns.benefit.api;

/**
 * Where a benefit claim is: waiting to reach the destination's system (during an outage it waits, it is never
 * dropped), received there under its reference, or refused there as it stands.
 */
public enum ClaimStatus {
    AWAITING_SUBMISSION, RECEIVED_BY_DESTINATION, REFUSED_BY_DESTINATION
}
