package org.corridor.kernel.testing.archfixture.clean.alpha.command;

import org.corridor.kernel.testing.archfixture.clean.alpha.api.OpenAlpha;
import org.corridor.kernel.testing.archfixture.clean.alpha.query.AlphaView;
import org.corridor.kernel.testing.archfixture.clean.beta.api.BetaOpened;

/** Reads its own feature's view and another feature's api: both allowed. */
public class Alpha {
    public AlphaView decide(OpenAlpha command, BetaOpened cause) {
        return new AlphaView(command.id() + cause.id());
    }
}
