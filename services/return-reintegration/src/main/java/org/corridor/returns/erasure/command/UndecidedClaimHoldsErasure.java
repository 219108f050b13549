package org.corridor.returns.erasure.command;

import org.corridor.returns.erasure.api.Hold;

/**
 * A benefit claim the person filed and the destination has not decided is their own claim to money: it holds the
 * erasure until it is decided (ADR 55). One key seals all the person's values here, so the hold keeps them all.
 */
final class UndecidedClaimHoldsErasure {

    static final String RULE = "A benefit claim you filed is not decided yet by the destination's social-security "
            + "system; erasing now would lose your claim to the money";

    private UndecidedClaimHoldsErasure() {
    }

    static Hold hold(int undecidedClaims) {
        String claims = undecidedClaims == 1 ? "your benefit claim" : "your " + undecidedClaims + " benefit claims";
        return new Hold(RULE, "Everything this service holds about you, sealed with one key: " + claims
                + " awaiting a decision, with your insurance number, and your other records here",
                "the destination grants or refuses your last open claim; then all of it is erased and you get a "
                        + "new receipt");
    }
}
