package org.corridor.matching.candidate.query;

import org.corridor.kernel.types.CefrLevel;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The candidates matching may rank and allocate: in memory, by scheme, for ranking at the speed a shortlist needs;
 * rebuilt from the {@code candidates} collection when the service starts (before its Kafka listeners run) and kept
 * current by the consumer of skills-recognition's candidate events. A withdrawal takes the candidate out at once.
 *
 * <p>What many candidates share (scheme, occupation, skill and language codes, availability dates) is held once,
 * one instance per value, however the candidate arrived. A shortlist compares every candidate's codes with the
 * job order's: with one instance per value those comparisons touch a few objects that stay in the processor's
 * cache, not four fresh strings per candidate scattered over the heap. Measured on a shortlist of 100,000
 * candidates, that scan cost about 35 ms of processor time per request with a copy per candidate (see
 * docs/benchmarks.md).
 */
@Component
public class CandidatePool {

    static final String COUNTS = "candidate-counts";
    /** The version of an erased candidate's tombstone: no event from skills-recognition is newer, none brings it back. */
    static final long ERASED = Long.MAX_VALUE;
    static final String ERASED_REASON = "erased at the person's request";
    private static final Logger log = LoggerFactory.getLogger(CandidatePool.class);

    private final MongoTemplate mongo;
    private final Map<String, Map<String, CandidateProfile>> byScheme = new ConcurrentHashMap<>();
    private final Map<String, String> schemeOf = new ConcurrentHashMap<>();
    private final List<Consumer<String>> departureListeners = new CopyOnWriteArrayList<>();
    /** One instance of each code and date the candidates hold; bounded by the schemes' vocabularies and calendars. */
    private final Map<Object, Object> shared = new ConcurrentHashMap<>();

    CandidatePool(MongoTemplate mongo) {
        this.mongo = mongo;
        rebuild();
    }

    static final int READ_BATCH = 1000;

    /** Loads every available candidate from the read model into memory. */
    final void rebuild() {
        long started = System.nanoTime();
        byScheme.clear();
        schemeOf.clear();
        // In batches: without a batch size the wire server answers the whole result in one reply, and the driver
        // refuses a reply over 48 MB (100,000 candidates are about 52 MB).
        try (var candidates = mongo.stream(Query.query(Criteria.where("withdrawn").is(false))
                .cursorBatchSize(READ_BATCH), CandidateDocument.class)) {
            candidates.forEach(document -> hold(profile(document)));
        }
        log.info("candidate pool rebuilt: {} candidates in {} ms", schemeOf.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** A candidate became available, or changed; an event older than what is held changes nothing. */
    public synchronized void available(CandidateProfile candidate, long version) {
        CandidateDocument held = mongo.findById(candidate.personId(), CandidateDocument.class);
        if (held != null && held.version() >= version) {
            return;
        }
        mongo.save(document(candidate, version));
        boolean wasCounted = held != null && !held.withdrawn();
        if (wasCounted && !held.schemeId().equals(candidate.schemeId())) {
            count(held.schemeId(), -1);
        }
        if (!wasCounted || !held.schemeId().equals(candidate.schemeId())) {
            count(candidate.schemeId(), 1);
        }
        release(candidate.personId());
        hold(sharing(candidate));
    }

    /**
     * The person is no longer a candidate: out of the pool, and so out of every shortlist and allocation; then each
     * {@link #onDeparture departure listener} is told (again when the same withdrawal is received again, so that a
     * listener that failed the first time is not skipped).
     */
    public void withdrawn(String personId, String schemeId, String reason, long version) {
        if (remove(personId, schemeId, reason, version)) {
            departureListeners.forEach(listener -> listener.accept(personId));
        }
    }

    /**
     * The person asked to be forgotten: out of the pool at once, and so out of every shortlist and allocation, as by
     * a withdrawal; the entry keeps only the person's id, the scheme and that it was erased, and no availability
     * arriving late (another topic, another order) brings the person back. The departure listeners are told, as for
     * a withdrawal.
     *
     * @return what the pool held of the person before
     */
    public Standing erase(String personId) {
        Standing before = standingOf(personId);
        synchronized (this) {
            CandidateDocument held = mongo.findById(personId, CandidateDocument.class);
            if (held != null && !held.withdrawn()) {
                count(held.schemeId(), -1);
            }
            mongo.save(new CandidateDocument(personId, held == null ? null : held.schemeId(), null, List.of(),
                    List.of(), null, null, ERASED, true, ERASED_REASON));
            release(personId);
        }
        departureListeners.forEach(listener -> listener.accept(personId));
        return before;
    }

    /** What the pool holds of a person. */
    public enum Standing {
        /** Nothing: never a candidate here (at most a tombstone of the id, from an erasure). */
        UNKNOWN,
        /** In the pool: ranked on shortlists, allocated. */
        AVAILABLE,
        /** Withdrawn by skills-recognition: out of the pool, only the id and the reason kept. */
        WITHDRAWN,
        /** Erased at the person's request: only the id kept. */
        ERASED
    }

    public Standing standingOf(String personId) {
        CandidateDocument held = mongo.findById(personId, CandidateDocument.class);
        if (held == null) {
            return Standing.UNKNOWN;
        }
        if (held.version() == ERASED) {
            // a tombstone without a scheme blocks a late availability of a person who was never a candidate here
            return held.schemeId() == null ? Standing.UNKNOWN : Standing.ERASED;
        }
        return held.withdrawn() ? Standing.WITHDRAWN : Standing.AVAILABLE;
    }

    /** Called with the person id of every candidate who leaves the pool, once it has left. */
    public void onDeparture(Consumer<String> listener) {
        departureListeners.add(listener);
    }

    /** Whether the person is out of the pool now (after this or an earlier withdrawal of the same version). */
    private synchronized boolean remove(String personId, String schemeId, String reason, long version) {
        CandidateDocument held = mongo.findById(personId, CandidateDocument.class);
        if (held != null && held.version() >= version) {
            return held.withdrawn();
        }
        if (held != null && !held.withdrawn()) {
            count(held.schemeId(), -1);
        }
        mongo.save(new CandidateDocument(personId, schemeId, null, List.of(), List.of(),
                null, null, version, true, reason));
        release(personId);
        return true;
    }

    public Optional<CandidateProfile> find(String personId) {
        String schemeId = schemeOf.get(personId);
        return schemeId == null ? Optional.empty() : Optional.ofNullable(byScheme.get(schemeId).get(personId));
    }

    /** The scheme's available candidates, as a live view: a withdrawal shows at once. */
    public Collection<CandidateProfile> inScheme(String schemeId) {
        return byScheme.getOrDefault(schemeId, Map.of()).values();
    }

    public int size() {
        return schemeOf.size();
    }

    /** How many candidates are available in the scheme, from its summary document. */
    public long countInScheme(String schemeId) {
        org.bson.Document counts = mongo.findById(schemeId, org.bson.Document.class, COUNTS);
        return counts == null ? 0 : ((Number) counts.get("available")).longValue();
    }

    private void count(String schemeId, int delta) {
        mongo.upsert(Query.query(Criteria.where("_id").is(schemeId)), new Update().inc("available", delta), COUNTS);
    }

    /** Holds a candidate whose codes and date are the shared instances (see {@link #sharing}). */
    private void hold(CandidateProfile candidate) {
        byScheme.computeIfAbsent(candidate.schemeId(), s -> new ConcurrentHashMap<>())
                .put(candidate.personId(), candidate);
        schemeOf.put(candidate.personId(), candidate.schemeId());
    }

    private void release(String personId) {
        String schemeId = schemeOf.remove(personId);
        if (schemeId != null) {
            byScheme.getOrDefault(schemeId, Map.of()).remove(personId);
        }
    }

    /** The candidate, holding the one shared instance of each of its codes and of its availability date. */
    private CandidateProfile sharing(CandidateProfile candidate) {
        Map<String, Integer> skills = new HashMap<>();
        candidate.skills().forEach((code, level) -> skills.put(shared(code), level));
        Map<String, CefrLevel> languages = new HashMap<>();
        candidate.languages().forEach((code, level) -> languages.put(shared(code), level));
        return new CandidateProfile(candidate.personId(), shared(candidate.schemeId()), shared(candidate.iscoCode()),
                skills, languages, candidate.recognition(), shared(candidate.availableFrom()));
    }

    @SuppressWarnings("unchecked")
    private <T> T shared(T value) {
        return value == null ? null : (T) shared.computeIfAbsent(value, same -> same);
    }

    private static CandidateDocument document(CandidateProfile candidate, long version) {
        return new CandidateDocument(candidate.personId(), candidate.schemeId(), candidate.iscoCode(),
                candidate.skills().entrySet().stream().map(e -> new CandidateDocument.Skill(e.getKey(), e.getValue()))
                        .toList(),
                candidate.languages().entrySet().stream()
                        .map(e -> new CandidateDocument.Language(e.getKey(), e.getValue().name())).toList(),
                candidate.recognition().name(), candidate.availableFrom(), version, false, null);
    }

    /** The candidate of a stored document, with the shared instances of its codes and date. */
    private CandidateProfile profile(CandidateDocument document) {
        return new CandidateProfile(document.personId(), shared(document.schemeId()), shared(document.iscoCode()),
                document.skills().stream().collect(Collectors.toMap(skill -> shared(skill.skillCode()),
                        CandidateDocument.Skill::level, Math::max)),
                document.languages().stream().collect(Collectors.toMap(language -> shared(language.language()),
                        l -> CefrLevel.of(l.level()), (a, b) -> a.compareTo(b) >= 0 ? a : b)),
                CandidateProfile.Recognition.valueOf(document.recognition()), shared(document.availableFrom()));
    }
}
