package org.corridor.skills.scheme.api;

/** A skill the training standard of an occupation requires, at a level from 1 (basic) to 5 (expert). */
public record RequiredSkill(String skillCode, String label, int level) {
}
