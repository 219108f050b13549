package org.corridor.skills.certification.api;

/** A skill the scheme's training standard requires for the occupation, at a level. */
public record StandardSkill(String skillCode, String label, int level) {
}
