package org.corridor.kernel.testing.archfixture.reach.alpha.command;

import org.corridor.kernel.testing.archfixture.reach.beta.query.BetaView;

/** Violates: decides on another feature's read model. */
public class AlphaPolicy {
    public boolean allows(BetaView beta) {
        return beta.open();
    }
}
