package org.corridor.kernel.testing.archfixture.cycle.beta.api;

import org.corridor.kernel.testing.archfixture.cycle.alpha.api.AlphaOpened;

public record BetaOpened(String id, AlphaOpened alpha) {
}
