package org.corridor.kernel.testing.archfixture.empty.alpha.web;

/** A service with a web layer and no domain classes at all. */
public class AlphaController {
}
