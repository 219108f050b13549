package org.corridor.kernel.privacy;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keys held in this JVM only: for tests and throwaway runs. A restart loses every key, which makes every
 * encrypted value already in a persistent event store unreadable.
 */
public final class InMemoryPersonalDataKeys implements PersonalDataKeys {

    private final ConcurrentMap<String, SubjectKeyState> states = new ConcurrentHashMap<>();

    @Override
    public Optional<SubjectKeyState> find(String subjectId) {
        return Optional.ofNullable(states.get(subjectId));
    }

    @Override
    public SubjectKeyState createIfAbsent(SubjectKey candidate) {
        Objects.requireNonNull(candidate, "candidate");
        return states.computeIfAbsent(candidate.subjectId(), subject -> candidate);
    }

    @Override
    public Erasure erase(Erasure tombstone) {
        Objects.requireNonNull(tombstone, "tombstone");
        SubjectKeyState stored = states.compute(tombstone.subjectId(),
                (subject, current) -> current instanceof Erasure ? current : tombstone);
        return (Erasure) stored;
    }
}
