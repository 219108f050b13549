package org.corridor.kernel.privacy;

import java.util.List;
import java.util.Optional;

/**
 * The key store: one entry per data subject, kept apart from the events it protects.
 * <p>
 * Implementations must make {@link #createIfAbsent} and {@link #erase} atomic per subject: several instances of a
 * service may race to create the first key of a person, and exactly one key may win.
 */
public interface PersonalDataKeys {

    /** The subject's live key or tombstone; empty if the subject never had either. */
    Optional<SubjectKeyState> find(String subjectId);

    /**
     * Stores {@code candidate} unless the subject already has a key or a tombstone, and returns what is stored
     * afterwards: the candidate, the key another writer stored first, or the subject's {@link Erasure}.
     */
    SubjectKeyState createIfAbsent(SubjectKey candidate);

    /**
     * {@link #createIfAbsent} for several subjects, in the order given; a store that can write them together should.
     */
    default List<SubjectKeyState> createAllIfAbsent(List<SubjectKey> candidates) {
        return candidates.stream().map(this::createIfAbsent).toList();
    }

    /**
     * Destroys the subject's key and leaves a tombstone. A subject without a key still gets a tombstone, so no key
     * can be created for it later. Erasing twice keeps the first tombstone and returns it.
     */
    Erasure erase(Erasure tombstone);
}
