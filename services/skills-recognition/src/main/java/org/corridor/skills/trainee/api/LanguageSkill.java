package org.corridor.skills.trainee.api;

import org.corridor.kernel.types.CefrLevel;

/** A language (ISO 639-1, such as "de") at a CEFR level. */
public record LanguageSkill(String language, CefrLevel level) {
}
