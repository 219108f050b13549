package org.corridor.skills.certification.api;

/** A skill a returnee says they gained abroad; code and level may be unknown. */
public record ClaimedSkill(String skillCode, String label, Integer level) {
}
