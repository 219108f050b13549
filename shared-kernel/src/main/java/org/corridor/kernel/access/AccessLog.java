package org.corridor.kernel.access;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.PushOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bson.Document;
import org.corridor.kernel.security.Caller;

/**
 * Who was shown a person's records, and when: what a person sees of their right of access ("who looked at my
 * file"). Changes to the records are in the event store with their actor (ADR 7); this log adds the reads.
 * <p>
 * One document per person in {@value #COLLECTION}, addressed by {@code _id} (the wire server serves only reads by
 * id without a scan), holding the newest {@link #KEPT} entries. An entry names the reader by user id, roles and
 * organisation, never by anything of the person's; the person's own reads are not logged.
 */
public final class AccessLog {

    public static final String COLLECTION = "personal-data-access";
    public static final int KEPT = 1000;

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
     * Records a page of reads in one write to the log (one update per person, sent together): a list of 50 people
     * costs one round trip, not 50. Nothing is recorded of the reader's own records.
     */
    public void recordAll(Caller reader, List<Shown> shown) {
        Objects.requireNonNull(reader, "reader");
        Date at = Date.from(clock.instant());
        Map<String, List<Document>> byPerson = new LinkedHashMap<>();
        for (Shown read : shown) {
            if (read.personId() == null || read.personId().isBlank() || read.personId().equals(reader.personId())) {
                continue;
            }
            byPerson.computeIfAbsent(read.personId(), person -> new ArrayList<>()).add(new Document("at", at)
                    .append("userId", reader.userId())
                    .append("roles", reader.roles())
                    .append("organisation", reader.organisation())
                    .append("what", Objects.requireNonNull(read.what(), "what")));
        }
        if (byPerson.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> writes = new ArrayList<>(byPerson.size());
        byPerson.forEach((personId, added) -> writes.add(new UpdateOneModel<>(eq("_id", personId),
                Updates.pushEach("entries", added, new PushOptions().slice(-KEPT)), new UpdateOptions().upsert(true))));
        entries.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    /** Removes the whole log of {@code personId}, for a service whose rule is to forget who read an erased person. */
    public void forget(String personId) {
        entries.deleteOne(eq("_id", personId));
    }

    /** The newest first. */
    public List<Access> of(String personId) {
        Document found = entries.find(eq("_id", personId)).first();
        List<Access> result = new ArrayList<>();
        if (found == null) {
            return result;
        }
        List<Document> stored = new ArrayList<>(found.getList("entries", Document.class, List.of()));
        // stored oldest first; reversed before the stable sort, reads recorded together stay newest first
        Collections.reverse(stored);
        for (Document entry : stored) {
            result.add(new Access(entry.getDate("at").toInstant(), entry.getString("userId"),
                    entry.getList("roles", String.class, List.of()), entry.getString("organisation"),
                    entry.getString("what")));
        }
        result.sort((a, b) -> b.at().compareTo(a.at()));
        return result;
    }

    /** That the records of {@code personId} were shown; {@code what} says which, in words. */
    public record Shown(String personId, String what) {
    }

    /** One read of a person's records by someone else. */
    public record Access(Instant at, String userId, List<String> roles, String organisation, String what) {
    }
}
