package org.corridor.skills.trainee.api;

/** A skill a training provider assessed, at a level from 1 to 5. */
public record AssessedSkill(String skillCode, int level) {
}
