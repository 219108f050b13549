package org.corridor.returns.benefit.api;

public record ClaimRefusedByDestination(String claimId, String reason) {
}
