package org.corridor.kernel.privacy;

/**
 * What the key store knows about one data subject: either a live {@link SubjectKey} or the {@link Erasure} that
 * replaced it. Both are kept per subject, so an erased subject can never silently get a new key.
 */
public sealed interface SubjectKeyState permits SubjectKey, Erasure {

    String subjectId();
}
