package org.corridor.matching.joborder.command;

import org.corridor.matching.joborder.api.SchemeRules;

import java.util.Optional;

/** Where job orders learn a scheme's terms and how many of its places are already taken by open orders. */
public interface SchemeRulebook {

    Optional<SchemeRules> rulesOf(String schemeId);

    /** Positions of the scheme's open, paused and filled job orders starting in that intake year. */
    int positionsTaken(String schemeId, int intakeYear);
}
