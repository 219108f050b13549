package org.corridor.kernel.testing.archfixture.clean.alpha.api;

public record OpenAlpha(String id) {
}
