package org.corridor.kernel.testing.archfixture.cycle.alpha.api;

import org.corridor.kernel.testing.archfixture.cycle.beta.api.BetaOpened;

/** Violates with BetaOpened: alpha depends on beta and beta on alpha. */
public record AlphaOpened(String id, BetaOpened beta) {
}
