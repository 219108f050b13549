package org.corridor.identity.account.command;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * One-time codes a person types: 16 characters of Crockford base32 (80 random bits), shown once, in groups of four.
 * Only their SHA-256 digest is kept, taken over the canonical form (upper case, no separators), as the
 * worker-activation contract defines it.
 */
public final class OneTimeCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCode() {
    }

    /** A new code, e.g. {@code 7K3Q-M9XZ-2B4D-HT6W}. */
    public static String generate() {
        StringBuilder code = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** The code as digested: upper case, without spaces, hyphens or other separators. */
    public static String canonical(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[^0-9A-Z]", "");
    }

    /** Lower-case hex SHA-256 of the canonical form. */
    public static String digest(String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
