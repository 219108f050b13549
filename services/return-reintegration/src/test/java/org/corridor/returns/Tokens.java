package org.corridor.returns;

import org.corridor.kernel.testing.TestTokens;

/** Access tokens of the people who use this service, as the platform's test tokens shape them. */
public final class Tokens {

    private Tokens() {
    }

    public static String worker(String person) {
        return TestTokens.worker(person);
    }

    public static String counsellor(String country) {
        return TestTokens.counsellor("reintegration-" + country.toLowerCase(), country);
    }

    public static String employer(String organisation) {
        return TestTokens.employer(organisation, "DE");
    }

    public static String monitor() {
        return TestTokens.monitor();
    }
}
