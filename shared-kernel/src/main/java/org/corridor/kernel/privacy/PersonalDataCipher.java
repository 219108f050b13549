package org.corridor.kernel.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals one personal value with its subject's key: AES-256-GCM, a random 96-bit IV per value, a 128-bit tag, and
 * the subject id as associated data (a ciphertext copied under another subject fails to open).
 * <p>
 * Stored form: {@code pd1:<keyId>:<base64(iv | ciphertext+tag)>}. The prefix versions the format so that another
 * algorithm or key-wrapping scheme can be introduced without guessing what old values are.
 */
final class PersonalDataCipher {

    static final String FORMAT = "pd1";

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SubjectKeyring keyring;
    private final SecureRandom random = new SecureRandom();
    // Cipher instances are not thread-safe but are costly to look up; each thread re-initialises its own.
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    PersonalDataCipher(SubjectKeyring keyring) {
        this.keyring = Objects.requireNonNull(keyring, "keyring");
    }

    String seal(String subjectId, byte[] plaintext) {
        SubjectKey key = keyring.keyForWriting(subjectId);
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData(subjectId));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] ivAndSealed = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
            return FORMAT + ":" + key.keyId() + ":" + Base64.getEncoder().encodeToString(ivAndSealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** The plaintext, or empty when the subject has been erased. */
    Optional<byte[]> open(String subjectId, String stored) {
        String[] parts = stored.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new PersonalDataIntegrityException("personal value of data subject " + subjectId
                    + " is not in the " + FORMAT + " format");
        }
        SubjectKeyState state = keyring.stateForReading(subjectId).orElseThrow(() ->
                new PersonalDataIntegrityException("data subject " + subjectId
                        + " has no key and no recorded erasure; is the key store the one these events were written with?"));
        if (state instanceof Erasure) {
            return Optional.empty();
        }
        SubjectKey key = (SubjectKey) state;
        if (!key.keyId().equals(parts[1])) {
            throw new PersonalDataIntegrityException("personal value of data subject " + subjectId
                    + " was sealed with key " + parts[1] + ", but the subject's key is " + key.keyId());
        }
        byte[] ivAndSealed;
        try {
            ivAndSealed = Base64.getDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new PersonalDataIntegrityException("personal value of data subject " + subjectId
                    + " is not valid base64", e);
        }
        if (ivAndSealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new PersonalDataIntegrityException("personal value of data subject " + subjectId + " is truncated");
        }
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, ivAndSealed, 0, IV_BYTES));
            cipher.updateAAD(associatedData(subjectId));
            return Optional.of(cipher.doFinal(ivAndSealed, IV_BYTES, ivAndSealed.length - IV_BYTES));
        } catch (AEADBadTagException e) {
            throw new PersonalDataIntegrityException("personal value of data subject " + subjectId
                    + " fails authentication: it was altered, or sealed for another subject", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    private static byte[] associatedData(String subjectId) {
        return subjectId.getBytes(StandardCharsets.UTF_8);
    }
}
