package org.corridor.kernel.testing.archfixture.clean.beta.api;

public record BetaOpened(String id) {
}
