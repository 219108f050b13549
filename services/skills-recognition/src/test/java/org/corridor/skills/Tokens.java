package org.corridor.skills;

import org.corridor.kernel.testing.TestTokens;

/** The tokens this service's tests use most, named for who holds them; signed by the kernel's {@link TestTokens}. */
public final class Tokens {

    private Tokens() {
    }

    public static String agency(String org, String country) {
        return bearer("clerk-" + org, "ORIGIN_AGENCY", org, country, null);
    }

    public static String manilaAgency() {
        return agency("agency-manila", "PH");
    }

    public static String worker(String personId) {
        return bearer("worker-" + personId, "WORKER", null, null, personId);
    }

    public static String provider(String org) {
        return bearer("trainer-" + org, "TRAINING_PROVIDER", org, "PH", null);
    }

    public static String officer(String country) {
        return bearer("officer-" + country, "RECOGNITION_OFFICER", "authority-" + country, country, null);
    }

    public static String monitor() {
        return bearer("monitor-1", "MONITOR", "observatory", null, null);
    }

    public static String bearer(String subject, String role, String org, String country, String person) {
        return TestTokens.bearer(subject, role, org, country, person);
    }
}
