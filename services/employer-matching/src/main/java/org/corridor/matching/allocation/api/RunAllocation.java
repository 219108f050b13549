package org.corridor.matching.allocation.api;

/** A scheme administrator allocates the scheme's candidates across its open job orders. */
public record RunAllocation(String runId, String schemeId) {
}
