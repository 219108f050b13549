package org.corridor.kernel.testing.archfixture.clean.beta.command;

import org.corridor.kernel.testing.archfixture.clean.beta.api.BetaOpened;

public class Beta {
    public BetaOpened open(String id) {
        return new BetaOpened(id);
    }
}
