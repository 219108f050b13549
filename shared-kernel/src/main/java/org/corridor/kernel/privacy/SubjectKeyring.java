package org.corridor.kernel.privacy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hands out data subjects' keys through a bounded cache in front of the {@link PersonalDataKeys} store, creates a
 * subject's key on first write, and refuses to create one for an erased subject.
 * <p>
 * The cache also holds tombstones, so reading the events of an erased person does not hit the store each time.
 * Erasure here invalidates this instance's entry at once; other instances of the service see it when their entry
 * expires ({@code timeToLive}), which bounds how long a key may outlive its erasure in memory.
 */
public final class SubjectKeyring {

    private static final int KEY_ID_BYTES = 9;

    private final PersonalDataKeys store;
    private final Cache<String, SubjectKeyState> cache;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SubjectKeyring(PersonalDataKeys store, long maximumSize, Duration timeToLive, Clock clock) {
        this(store, maximumSize, timeToLive, clock, Ticker.systemTicker());
    }

    SubjectKeyring(PersonalDataKeys store, long maximumSize, Duration timeToLive, Clock clock, Ticker ticker) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.cache = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(timeToLive)
                .ticker(ticker)
                .build();
    }

    /** The subject's key, created now if the subject has none. */
    public SubjectKey keyForWriting(String subjectId) {
        return writable(cache.get(subjectId, this::findOrCreate));
    }

    /**
     * The key of a subject whose id was just drawn, so who has none yet: stored without looking for one first (one
     * write instead of a read and a write), and cached, so that sealing the subject's first event finds it here.
     * Whatever is stored already wins, as with {@link #keyForWriting}.
     */
    public SubjectKey keyForNewSubject(String subjectId) {
        return writable(cache.get(subjectId, subject -> store.createIfAbsent(newKey(subject))));
    }

    /**
     * {@link #keyForNewSubject} for several subjects whose ids were just drawn, in one write to the store where it
     * can: an enrolment import makes the keys of a unit of work's persons before the unit takes the scheme's lock.
     * A subject whose key or tombstone is cached already is not written again.
     */
    public void keysForNewSubjects(Collection<String> subjectIds) {
        List<SubjectKey> fresh = subjectIds.stream().distinct().filter(id -> cache.getIfPresent(id) == null)
                .map(this::newKey).toList();
        store.createAllIfAbsent(fresh).forEach(state -> cache.put(state.subjectId(), state));
    }

    private static SubjectKey writable(SubjectKeyState state) {
        if (state instanceof Erasure erasure) {
            throw new SubjectErasedException(erasure);
        }
        return (SubjectKey) state;
    }

    /** The subject's key or tombstone, without creating anything; empty if the subject is unknown. */
    public Optional<SubjectKeyState> stateForReading(String subjectId) {
        // Caffeine does not store a null result, so an unknown subject is asked again next time.
        return Optional.ofNullable(cache.get(subjectId, subject -> store.find(subject).orElse(null)));
    }

    public Erasure erase(String subjectId, String erasedBy) {
        Erasure erasure = store.erase(new Erasure(subjectId, now(), erasedBy));
        cache.invalidate(subjectId);
        return erasure;
    }

    public boolean isErased(String subjectId) {
        return stateForReading(subjectId).filter(Erasure.class::isInstance).isPresent();
    }

    private SubjectKeyState findOrCreate(String subjectId) {
        return store.find(subjectId).orElseGet(() -> store.createIfAbsent(newKey(subjectId)));
    }

    private SubjectKey newKey(String subjectId) {
        byte[] keyBytes = new byte[SubjectKey.KEY_BYTES];
        random.nextBytes(keyBytes);
        byte[] keyId = new byte[KEY_ID_BYTES];
        random.nextBytes(keyId);
        return SubjectKey.of(subjectId, Base64.getUrlEncoder().withoutPadding().encodeToString(keyId), keyBytes, now());
    }

    private Instant now() {
        // MongoDB keeps milliseconds; truncating here makes every store return the instant it was given.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
