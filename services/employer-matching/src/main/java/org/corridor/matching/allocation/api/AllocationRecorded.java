package org.corridor.matching.allocation.api;

import java.util.List;

/**
 * One allocation run with everything needed to repeat and check it: its inputs (each order's positions and
 * requirements' scores, each candidate's preferences), the rule that broke ties, and every outcome explained.
 */
public record AllocationRecorded(String runId, String schemeId, String tieBreak, List<OrderInput> orders,
                                 List<CandidateInput> candidates, List<Assignment> assignments,
                                 List<Unassigned> unassigned) {

    public record OrderInput(String jobOrderId, int positions) {
    }

    /** A candidate's preferences as used (eligible orders only) and its score for each of them. */
    public record CandidateInput(String personId, List<String> preferences, List<Integer> scores,
                                 List<Boolean> meetsEveryRequirement, List<String> setAside) {
    }

    public record Assignment(String personId, String jobOrderId, int preferenceRank, String explanation) {
    }

    public record Unassigned(String personId, String explanation) {
    }
}
