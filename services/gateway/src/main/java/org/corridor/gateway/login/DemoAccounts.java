package org.corridor.gateway.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/** The people of the embedded demo, one per role the walkthrough needs. Passwords equal user names. */
final class DemoAccounts {

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "admin", "admin", List.of("SCHEME_ADMIN"), "scheme-admin", null),
            new DemoAccount("agency", "agency", "agency", List.of("ORIGIN_AGENCY"), "origin-agency-ph", "PH"),
            new DemoAccount("employer", "employer", "employer", List.of("EMPLOYER"), "employer-1", "DE"),
            new DemoAccount("consulate", "consulate", "consulate", List.of("CONSULATE"), "de-embassy-manila", "DE"),
            new DemoAccount("worker", "worker", "worker-1", List.of("WORKER"), null, null),
            new DemoAccount("counsellor", "counsellor", "counsellor", List.of("COUNSELLOR"), null, "PH"),
            new DemoAccount("monitor", "monitor", "monitor", List.of("MONITOR"), null, null));

    private DemoAccounts() {
    }

    static Optional<DemoAccount> authenticate(String username, String password) {
        return ALL.stream()
                .filter(account -> account.username().equals(username))
                .filter(account -> sameSecret(account.password(), password))
                .findFirst();
    }

    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
