package org.corridor.returns.benefit.api;

import java.time.Instant;

public record ClaimReceivedByDestination(String claimId, String destinationReference, String destinationStatus,
                                         Instant receivedAt) {
}
