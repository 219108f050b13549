package org.corridor.kernel.privacy;

import java.time.Instant;
import java.util.Objects;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A data subject's AES-256 key. {@code keyId} is written into every ciphertext so a reader can tell which key
 * sealed it; it is random, not derived from the subject.
 */
public record SubjectKey(String subjectId, String keyId, SecretKey secret, Instant createdAt)
        implements SubjectKeyState {

    static final int KEY_BYTES = 32;

    public SubjectKey {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (secret.getEncoded() == null || secret.getEncoded().length != KEY_BYTES) {
            throw new IllegalArgumentException("a subject key is " + KEY_BYTES + " bytes (AES-256)");
        }
    }

    static SubjectKey of(String subjectId, String keyId, byte[] keyBytes, Instant createdAt) {
        return new SubjectKey(subjectId, keyId, new SecretKeySpec(keyBytes, "AES"), createdAt);
    }

    byte[] keyBytes() {
        return secret.getEncoded();
    }

    @Override
    public String toString() {
        // Never print the key material.
        return "SubjectKey[subjectId=" + subjectId + ", keyId=" + keyId + ", createdAt=" + createdAt + "]";
    }
}
