package org.corridor.returns.grievance.api;

/**
 * The employer or recruiter a grievance is against, by the id employer-matching knows them under (licensed
 * recruiters are registered there too).
 */
public record Respondent(RespondentKind kind, String respondentId) {
}
