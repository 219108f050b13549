package org.corridor.skills.trainee.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The one-time code a person types to activate their own account: 80 random bits from {@link SecureRandom} written
 * as 16 characters of Crockford base32 ({@code 0-9 A-Z} without {@code I L O U}). Only its {@link #digest()} (the
 * lower-case hex SHA-256 of the canonical form: upper case, no separators) is ever stored or published; the code
 * itself is shown once, to the clerk who issued it.
 */
public record ActivationCode(String code) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;

    public ActivationCode {
        if (code == null || code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("an activation code is 16 characters of Crockford base32");
        }
    }

    /** 80 fresh random bits: 10 bytes, 5 bits per character. */
    public static ActivationCode generate(SecureRandom random) {
        byte[] bits = new byte[10];
        random.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH);
        long buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            held += 8;
            while (held >= 5) {
                held -= 5;
                code.append(ALPHABET.charAt((int) ((buffer >>> held) & 0x1F)));
            }
        }
        return new ActivationCode(code.toString());
    }

    /**
     * The canonical form of what a person typed: upper case, without spaces or hyphens, and the letters Crockford
     * base32 reads as digits ({@code O} as 0, {@code I} and {@code L} as 1).
     */
    public static String canonical(String typed) {
        return typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
    }

    /** Lower-case hex SHA-256 of the canonical code: the only form that leaves the response. */
    public String digest() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ActivationCode[****]";
    }
}
