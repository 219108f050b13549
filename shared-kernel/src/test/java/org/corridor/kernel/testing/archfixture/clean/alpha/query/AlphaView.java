package org.corridor.kernel.testing.archfixture.clean.alpha.query;

public record AlphaView(String id) {
}
