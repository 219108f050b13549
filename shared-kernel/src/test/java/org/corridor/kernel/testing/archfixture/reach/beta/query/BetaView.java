package org.corridor.kernel.testing.archfixture.reach.beta.query;

public record BetaView(boolean open) {
}
