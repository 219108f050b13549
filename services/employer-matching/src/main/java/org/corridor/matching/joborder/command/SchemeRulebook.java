package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.SchemeRules;

import java.util.Optional;

/**
 * Where job orders learn a scheme's terms, as last received from skills-recognition. The places other orders hold
 * are not read here but from the scheme's intake quota ({@link SchemePlaces}), which is consistent under
 * concurrency.
 */
public interface SchemeRulebook {

    Optional<SchemeRules> rulesOf(String schemeId);
}
