package org.corridor.permits.testing;

import org.corridor.kernel.testing.TestTokens;

/** Tokens for the roles that work here, with the posts and persons these tests use. */
public final class PermitTokens {

    public static final String MANILA = "de-embassy-manila";
    public static final String OTHER_POST = "de-embassy-jakarta";

    private PermitTokens() {
    }

    public static String consulate(String post) {
        return TestTokens.consulate(post, "DE");
    }

    public static String worker(String personId) {
        return TestTokens.worker(personId);
    }

    public static String monitor() {
        return TestTokens.monitor();
    }
}
