package org.corridor.returns.benefit.api;

/** A status check fell due: the claim's status at the destination is asked for under its reference. */
public record ClaimStatusCheckDue(String claimId, String destinationReference, int check) {
}
