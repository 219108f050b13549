package org.corridor.kernel.privacy;

/**
 * A stored personal value cannot be trusted: its ciphertext fails authentication, is not in a known format, was
 * sealed for another subject or key, or its subject has no key and no recorded erasure. Erasure is the only
 * legitimate reason for a value to become unreadable, and it reads back as {@code null}; everything else is
 * corruption or tampering and stops the read.
 */
public class PersonalDataIntegrityException extends RuntimeException {

    public PersonalDataIntegrityException(String message) {
        super(message);
    }

    public PersonalDataIntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
