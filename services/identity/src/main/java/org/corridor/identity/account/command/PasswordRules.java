package org.corridor.identity.account.command;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a chosen password must be: at least {@value #MIN_LENGTH} characters (a passphrase of a few words is easiest),
 * at most {@value #MAX_LENGTH}, not the user name nor containing it, not one character repeated, and not one of the
 * commonly used passwords listed in {@code common-passwords.txt}. No rules on character classes: length and the
 * list do more against guessing.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordRules() {
    }

    /** The rule the password breaks, said to the person who chose it; empty when it is acceptable. */
    public static Optional<String> broken(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("must be at least " + MIN_LENGTH + " characters; a few words with spaces work well");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("must not contain your user name");
        }
        if (lower.chars().distinct().count() == 1) {
            return Optional.of("must not be one character repeated");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("is one of the most commonly used passwords; choose another");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
