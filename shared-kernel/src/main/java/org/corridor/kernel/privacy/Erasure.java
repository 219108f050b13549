package org.corridor.kernel.privacy;

import java.time.Instant;
import java.util.Objects;

/**
 * The tombstone left when a data subject's key is destroyed: who erased the subject and when. It holds no
 * personal data of the subject.
 */
public record Erasure(String subjectId, Instant erasedAt, String erasedBy) implements SubjectKeyState {

    public Erasure {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(erasedAt, "erasedAt");
        Objects.requireNonNull(erasedBy, "erasedBy");
    }
}
