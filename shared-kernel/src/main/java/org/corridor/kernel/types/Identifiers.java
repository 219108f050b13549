package org.corridor.kernel.types;

import java.util.regex.Pattern;

/** The rule all identifiers share: 1 to 64 characters of letters, digits, '-', '_' or '.'. */
final class Identifiers {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private Identifiers() {
    }

    static void requireValid(String kind, String value) {
        if (value == null || !IDENTIFIER.matcher(value).matches()) {
            throw new InvalidValueException(kind, value, "1 to 64 letters, digits, '.', '_' or '-'");
        }
    }
}
