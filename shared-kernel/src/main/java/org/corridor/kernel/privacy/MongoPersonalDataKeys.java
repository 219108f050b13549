package org.corridor.kernel.privacy;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.Binary;
import org.corridor.kernel.mongo.UnorderedInsert;

/**
 * Keys in the MongoDB collection {@value #COLLECTION}, one document per data subject:
 * {@code {_id: subjectId, keyId, key: <32 bytes>, createdAt, erasedAt?, erasedBy?}}. Erasure removes {@code key}
 * and sets {@code erasedAt}/{@code erasedBy}; the document stays as the tombstone.
 * <p>
 * Every operation addresses a single document by {@code _id}, so MongoDB's per-document atomicity and the unique
 * {@code _id} index make creation and erasure race-safe without transactions.
 */
public final class MongoPersonalDataKeys implements PersonalDataKeys {

    public static final String COLLECTION = "personal-data-keys";

    private static final String KEY_ID = "keyId";
    private static final String KEY = "key";
    private static final String CREATED_AT = "createdAt";
    private static final String ERASED_AT = "erasedAt";
    private static final String ERASED_BY = "erasedBy";

    private final MongoCollection<Document> keys;

    public MongoPersonalDataKeys(MongoDatabase database) {
        this.keys = Objects.requireNonNull(database, "database").getCollection(COLLECTION);
    }

    @Override
    public Optional<SubjectKeyState> find(String subjectId) {
        return Optional.ofNullable(keys.find(eq("_id", subjectId)).first()).map(MongoPersonalDataKeys::toState);
    }

    @Override
    public SubjectKeyState createIfAbsent(SubjectKey candidate) {
        Document document = document(candidate);
        try {
            keys.insertOne(document);
            return candidate;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return storedFirst(candidate.subjectId());
    }

    /** One unordered insert for all the candidates; a subject that had a key or a tombstone keeps it. */
    @Override
    public List<SubjectKeyState> createAllIfAbsent(List<SubjectKey> candidates) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        List<SubjectKeyState> stored = new ArrayList<>(candidates);
        for (int taken : UnorderedInsert.insertAll(keys,
                candidates.stream().map(MongoPersonalDataKeys::document).toList())) {
            stored.set(taken, storedFirst(candidates.get(taken).subjectId()));
        }
        return stored;
    }

    /** What another writer stored for the subject before a candidate's insert found its id taken: theirs wins. */
    private SubjectKeyState storedFirst(String subjectId) {
        return find(subjectId).orElseThrow(() -> new IllegalStateException(
                "key of data subject " + subjectId + " vanished right after a duplicate-key insert"));
    }

    private static Document document(SubjectKey candidate) {
        return new Document("_id", candidate.subjectId())
                .append(KEY_ID, candidate.keyId())
                .append(KEY, new Binary(candidate.keyBytes()))
                .append(CREATED_AT, Date.from(candidate.createdAt()));
    }

    @Override
    public Erasure erase(Erasure tombstone) {
        String subjectId = tombstone.subjectId();
        try {
            // Matches a live key (or nothing, then upserts a bare tombstone); an existing tombstone does not match,
            // so the upsert collides on _id and the first erasure is kept.
            keys.updateOne(
                    and(eq("_id", subjectId), exists(ERASED_AT, false)),
                    combine(unset(KEY),
                            set(ERASED_AT, Date.from(tombstone.erasedAt())),
                            set(ERASED_BY, tombstone.erasedBy())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        return find(subjectId)
                .filter(Erasure.class::isInstance)
                .map(Erasure.class::cast)
                .orElseThrow(() -> new IllegalStateException("erasure of data subject " + subjectId
                        + " was not stored"));
    }

    private static SubjectKeyState toState(Document document) {
        String subjectId = document.getString("_id");
        Date erasedAt = document.getDate(ERASED_AT);
        if (erasedAt != null) {
            return new Erasure(subjectId, erasedAt.toInstant(),
                    Objects.requireNonNullElse(document.getString(ERASED_BY), "unrecorded"));
        }
        return SubjectKey.of(subjectId, document.getString(KEY_ID), keyBytes(document.get(KEY)),
                document.getDate(CREATED_AT).toInstant());
    }

    private static byte[] keyBytes(Object stored) {
        if (stored instanceof Binary binary) {
            return binary.getData();
        }
        if (stored instanceof byte[] bytes) {
            return bytes;
        }
        throw new IllegalStateException("personal-data key stored as " + (stored == null ? "nothing" : stored.getClass()));
    }
}
