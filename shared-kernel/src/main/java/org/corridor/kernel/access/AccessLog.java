package org.corridor.kernel.access;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.corridor.kernel.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who was shown a person's records, and when: what a person sees of their right of access ("who looked at my
 * file"). Changes to the records are in the event store with their actor (ADR 7); this log adds the reads.
 * <p>
 * One document per person in {@value #COLLECTION}, addressed by {@code _id} (the wire server serves only reads by
 * id without a scan). It holds one entry per reader and thing shown: a repeated read (the same employer's user
 * opening the same shortlist again) updates that entry's last time and count instead of adding one, so the
 * document grows with the distinct readers and things shown, not with the number of reads, and each write is one
 * update by id. An entry names the reader by user id, roles and organisation, never by anything of the person's;
 * the person's own reads are not logged.
 * <p>
 * <b>First reads before the answer, repeats soon after.</b> The first read of a thing by a reader is written before
 * the call returns, so that a reader was shown a person's records is never lost. A repeat of an entry this log
 * wrote within the last {@link #REPEATS_HELD_FOR} changes only the entry's last time and count: it is held here and
 * written within {@code flushEvery} (one update per person for all repeats held), and at {@link #close}. A crash
 * can lose the last time and count of repeats held at that moment, never an entry. {@link #of} shows held repeats
 * at once. A held repeat never creates a document: when the person's log was forgotten meanwhile (here or by
 * another instance), it is dropped, and the reader's next read of the person is a first read again.
 */
public final class AccessLog implements AutoCloseable {

    public static final String COLLECTION = "personal-data-access";
    private static final String READS = "reads";
    /** Where the log kept one entry per read, the newest 1,000, until 2026-12-03; read, never written. */
    private static final String LEGACY_ENTRIES = "entries";

    /** How long after this log wrote an entry a repeat of it is held rather than written before the answer. */
    public static final Duration REPEATS_HELD_FOR = Duration.ofMinutes(10);
    /** How often held repeats are written, by default. */
    public static final Duration FLUSH_EVERY = Duration.ofSeconds(2);
    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

    private final MongoCollection<Document> entries;
    private final Clock clock;
    /** Entries this log wrote (person id and field name), with when; guarded by {@code this}. */
    private final Map<Written, Instant> written = new HashMap<>();
    /** Repeats not yet written, by person and field name; guarded by {@code this}. */
    private final Map<String, Map<String, Held>> held = new LinkedHashMap<>();
    private final ScheduledExecutorService flusher;

    /** A log that writes held repeats every {@link #FLUSH_EVERY}. */
    public AccessLog(MongoDatabase database, Clock clock) {
        this(database, clock, FLUSH_EVERY);
    }

    /** A log that writes held repeats every {@code flushEvery}, or only on {@link #flush} when it is zero. */
    public AccessLog(MongoDatabase database, Clock clock, Duration flushEvery) {
        this.entries = database.getCollection(COLLECTION);
        this.clock = Objects.requireNonNull(clock, "clock");
        if (flushEvery.isZero()) {
            this.flusher = null;
        } else {
            this.flusher = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "access-log-flush");
                thread.setDaemon(true);
                return thread;
            });
            long millis = flushEvery.toMillis();
            flusher.scheduleWithFixedDelay(this::flushQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Records that {@code reader} was shown the records of {@code personId}: {@code what} says which, in words
     * ("trainee record", "accepted offer with contact details"). Nothing is recorded when the person reads their own.
     */
    public void record(String personId, Caller reader, String what) {
        recordAll(reader, List.of(new Shown(personId, what)));
    }

    /** Records that {@code reader} was shown the records of each of {@code personIds}, all as {@code what}. */
    public void recordAll(Collection<String> personIds, Caller reader, String what) {
        recordAll(reader, personIds.stream().map(personId -> new Shown(personId, what)).toList());
    }

    /**
     * Records a page of reads in one write to the log (one update by id per person, sent together): a list of 50
     * people costs one round trip, not 50. Nothing is recorded of the reader's own records.
     */
    public void recordAll(Caller reader, List<Shown> shown) {
        Objects.requireNonNull(reader, "reader");
        // person -> what was shown -> how many times in this page
        Map<String, Map<String, Integer>> byPerson = new LinkedHashMap<>();
        for (Shown read : shown) {
            if (read.personId() == null || read.personId().isBlank() || read.personId().equals(reader.personId())) {
                continue;
            }
            byPerson.computeIfAbsent(read.personId(), person -> new LinkedHashMap<>())
                    .merge(Objects.requireNonNull(read.what(), "what"), 1, Integer::sum);
        }
        if (byPerson.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        Date at = Date.from(now);
        List<UpdateOneModel<Document>> writes = new ArrayList<>(byPerson.size());
        List<Written> firsts = new ArrayList<>();
        // the field name depends on the reader and the words only: one digest per thing shown, not per person
        Map<String, String> fields = new HashMap<>();
        synchronized (this) {
            byPerson.forEach((personId, reads) -> {
                List<Bson> updates = new ArrayList<>();
                reads.forEach((what, times) -> {
                    String field = fields.computeIfAbsent(what, words -> key(reader, words));
                    Written entry = new Written(personId, field);
                    Instant wroteAt = written.get(entry);
                    if (wroteAt != null && isRecent(wroteAt, now)) {
                        hold(personId, field, new Held(now, times));
                        return;
                    }
                    firsts.add(entry);
                    String path = READS + "." + field;
                    updates.add(Updates.set(path + ".at", at));
                    updates.add(Updates.min(path + ".firstAt", at));
                    updates.add(Updates.inc(path + ".times", times));
                    updates.add(Updates.set(path + ".userId", reader.userId()));
                    updates.add(Updates.set(path + ".roles", reader.roles()));
                    updates.add(Updates.set(path + ".organisation", reader.organisation()));
                    updates.add(Updates.set(path + ".what", what));
                });
                if (!updates.isEmpty()) {
                    writes.add(new UpdateOneModel<>(eq("_id", personId), Updates.combine(updates),
                            new UpdateOptions().upsert(true)));
                }
            });
        }
        if (writes.isEmpty()) {
            return;
        }
        entries.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        synchronized (this) {
            firsts.forEach(entry -> written.put(entry, now));
        }
    }

    /**
     * Writes the repeats held so far: one update per person, never creating a document. Those that fail are held
     * again, to be written next time.
     */
    public void flush() {
        Map<String, Map<String, Held>> due;
        Instant now = clock.instant();
        synchronized (this) {
            if (held.isEmpty()) {
                written.values().removeIf(wroteAt -> !isRecent(wroteAt, now));
                return;
            }
            due = new LinkedHashMap<>(held);
            held.clear();
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>(due.size());
        due.forEach((personId, fields) -> {
            List<Bson> updates = new ArrayList<>();
            fields.forEach((field, repeat) -> {
                updates.add(Updates.max(READS + "." + field + ".at", Date.from(repeat.at())));
                updates.add(Updates.inc(READS + "." + field + ".times", repeat.times()));
            });
            writes.add(new UpdateOneModel<>(eq("_id", personId), Updates.combine(updates)));
        });
        BulkWriteResult result;
        try {
            result = entries.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (RuntimeException e) {
            synchronized (this) {
                due.forEach((personId, fields) -> fields.forEach((field, repeat) -> hold(personId, field, repeat)));
            }
            throw e;
        }
        Set<String> forgotten = new HashSet<>();
        if (result.getMatchedCount() < writes.size()) {
            // a log forgotten meanwhile (by this instance or another): its next read is a first read again
            forgotten.addAll(due.keySet());
            entries.find(in("_id", due.keySet())).projection(new Document("_id", 1))
                    .forEach(found -> forgotten.remove(found.getString("_id")));
        }
        synchronized (this) {
            due.forEach((personId, fields) -> fields.keySet().forEach(field ->
                    written.put(new Written(personId, field), now)));
            written.keySet().removeIf(entry -> forgotten.contains(entry.personId()));
            written.values().removeIf(wroteAt -> !isRecent(wroteAt, now));
        }
    }

    /** Whether an entry this log wrote at {@code wroteAt} is recent enough at {@code now} for its repeats to be held. */
    private static boolean isRecent(Instant wroteAt, Instant now) {
        return wroteAt.plus(REPEATS_HELD_FOR).isAfter(now);
    }

    /** Holds a repeat of the person's entry {@code field}, added to those already held; call holding the lock. */
    private void hold(String personId, String field, Held repeat) {
        held.computeIfAbsent(personId, person -> new LinkedHashMap<>()).merge(field, repeat, Held::and);
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            log.warn("The access log could not write the repeated reads it holds; they are held and tried again: {}",
                    e.toString());
        }
    }

    /** Writes the repeats still held and stops writing on a schedule. */
    @Override
    public void close() {
        if (flusher != null) {
            flusher.shutdown();
            try {
                flusher.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    /** Removes the whole log of {@code personId}, for a service whose rule is to forget who read an erased person. */
    public void forget(String personId) {
        synchronized (this) {
            held.remove(personId);
            written.keySet().removeIf(entry -> entry.personId().equals(personId));
        }
        entries.deleteOne(eq("_id", personId));
    }

    /** The newest first: one entry per reader and thing shown, with when it was first and last shown and how often. */
    public List<Access> of(String personId) {
        Document found = entries.find(eq("_id", personId)).first();
        List<Access> result = new ArrayList<>();
        if (found == null) {
            return result;
        }
        Map<String, Held> repeats;
        synchronized (this) {
            repeats = Map.copyOf(held.getOrDefault(personId, Map.of()));
        }
        Document reads = found.get(READS, Document.class);
        if (reads != null) {
            for (Map.Entry<String, Object> field : reads.entrySet()) {
                Document entry = (Document) field.getValue();
                Access access = access(entry, entry.getDate("firstAt"), entry.get("times", Number.class).intValue());
                Held repeat = repeats.get(field.getKey());
                result.add(repeat == null ? access : access.andRepeated(repeat.at(), repeat.times()));
            }
        }
        // written before reads were kept one entry per reader and thing shown: one entry per read, still shown
        for (Document entry : found.getList(LEGACY_ENTRIES, Document.class, List.of())) {
            result.add(access(entry, entry.getDate("at"), 1));
        }
        result.sort((a, b) -> b.at().compareTo(a.at()));
        return result;
    }

    private static Access access(Document entry, Date firstAt, int times) {
        return new Access(entry.getDate("at").toInstant(), entry.getString("userId"),
                entry.getList("roles", String.class, List.of()), entry.getString("organisation"),
                entry.getString("what"), firstAt.toInstant(), times);
    }

    /** A field name for one reader and one thing shown: the reader's user id, roles, organisation and the words. */
    private static String key(Caller reader, String what) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String identity = reader.userId() + "\n" + reader.roles() + "\n" + reader.organisation() + "\n" + what;
            return HexFormat.of().formatHex(digest.digest(identity.getBytes(StandardCharsets.UTF_8)), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** That the records of {@code personId} were shown; {@code what} says which, in words. */
    public record Shown(String personId, String what) {
    }

    /**
     * Someone else shown a person's records: {@code at} the last time, {@code firstAt} the first, {@code times} how
     * often, by the same reader (user id, roles, organisation), of the same thing ({@code what}).
     */
    public record Access(Instant at, String userId, List<String> roles, String organisation, String what,
                         Instant firstAt, int times) {

        Access andRepeated(Instant lastAt, int more) {
            return new Access(lastAt.isAfter(at) ? lastAt : at, userId, roles, organisation, what, firstAt,
                    times + more);
        }
    }

    /** An entry of a person's log: the person and the field name of the reader and thing shown. */
    private record Written(String personId, String field) {
    }

    /** Repeats of an entry not yet written: the last time and how many. */
    private record Held(Instant at, int times) {

        Held and(Held more) {
            return new Held(more.at().isAfter(at) ? more.at() : at, times + more.times());
        }
    }
}
