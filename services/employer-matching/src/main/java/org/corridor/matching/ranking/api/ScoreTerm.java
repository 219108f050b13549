package org.corridor.matching.ranking.api;

/**
 * One term of a candidate's score: its points out of its maximum, whether the requirement behind it is met, and
 * why, in words an employer and the candidate can check.
 */
public record ScoreTerm(String term, int points, int maxPoints, boolean requirementMet, String explanation) {
}
