package org.corridor.matching.ranking.api;

import java.util.List;

/** A candidate's place for a job order: whether it meets every requirement, its score, and each term of it. */
public record RankedCandidate(int rank, String personId, boolean meetsEveryRequirement, int score, int maxScore,
                              List<ScoreTerm> terms) {
}
