package org.corridor.returns.returncase.api;

/** A skill gained abroad, as the returnee and counsellor describe it; code and level when known. */
public record Skill(String skillCode, String label, Integer level) {
}
