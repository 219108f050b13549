package org.corridor.returns.erasure.api;

/** A held claim was decided; {@code remaining} claims still hold the erasure. */
public record ErasureHoldReleased(String personId, String claimId, int remaining) {
}
