package org.corridor.kernel.access;

import static com.mongodb.client.model.Filters.eq;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.corridor.kernel.security.Caller;

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
 */
public final class AccessLog {

    public static final String COLLECTION = "personal-data-access";
    private static final String READS = "reads";
    /** Where the log kept one entry per read, the newest 1,000, until 2026-12-03; read, never written. */
    private static final String LEGACY_ENTRIES = "entries";

    private final MongoCollection<Document> entries;
    private final Clock clock;

    public AccessLog(MongoDatabase database, Clock clock) {
        this.entries = database.getCollection(COLLECTION);
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Date at = Date.from(clock.instant());
        List<UpdateOneModel<Document>> writes = new ArrayList<>(byPerson.size());
        byPerson.forEach((personId, reads) -> {
            List<Bson> updates = new ArrayList<>();
            reads.forEach((what, times) -> {
                String entry = READS + "." + key(reader, what);
                updates.add(Updates.set(entry + ".at", at));
                updates.add(Updates.min(entry + ".firstAt", at));
                updates.add(Updates.inc(entry + ".times", times));
                updates.add(Updates.set(entry + ".userId", reader.userId()));
                updates.add(Updates.set(entry + ".roles", reader.roles()));
                updates.add(Updates.set(entry + ".organisation", reader.organisation()));
                updates.add(Updates.set(entry + ".what", what));
            });
            writes.add(new UpdateOneModel<>(eq("_id", personId), Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        });
        entries.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** Removes the whole log of {@code personId}, for a service whose rule is to forget who read an erased person. */
    public void forget(String personId) {
        entries.deleteOne(eq("_id", personId));
    }

    /** The newest first: one entry per reader and thing shown, with when it was first and last shown and how often. */
    public List<Access> of(String personId) {
        Document found = entries.find(eq("_id", personId)).first();
        List<Access> result = new ArrayList<>();
        if (found == null) {
            return result;
        }
        Document reads = found.get(READS, Document.class);
        if (reads != null) {
            for (Object value : reads.values()) {
                Document entry = (Document) value;
                result.add(access(entry, entry.getDate("firstAt"), entry.get("times", Number.class).intValue()));
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
    }
}
