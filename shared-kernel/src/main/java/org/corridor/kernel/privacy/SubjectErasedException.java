package org.corridor.kernel.privacy;

/**
 * Refuses to write personal data for a data subject who has been erased. Command handlers should check
 * {@link CryptoShredder#isErased(String)} and refuse earlier with a domain answer; this is the last line.
 */
public class SubjectErasedException extends IllegalStateException {

    private final transient Erasure erasure;

    public SubjectErasedException(Erasure erasure) {
        super("data subject " + erasure.subjectId() + " was erased at " + erasure.erasedAt() + " by "
                + erasure.erasedBy() + "; no new personal data may be recorded for them");
        this.erasure = erasure;
    }

    public Erasure erasure() {
        return erasure;
    }
}
