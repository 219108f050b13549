package org.corridor.skills.trainee.adapter;

import org.bson.Document;
import org.corridor.kernel.mongo.UnorderedInsert;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.command.TraineeIdentity;
import org.corridor.skills.trainee.command.TraineeIdentity.Claim;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The duplicate check's register as a keyed blind index: HMAC-SHA256 over the normalised name, date of birth and
 * origin country, under a key of this service. Only the digest is stored, read and written by {@code _id}, so the
 * check is one lookup whatever the number of trainees. The key comes from {@code corridor.skills.identity-index-key}
 * (base64, production), or is generated once and kept in the read-model database (embedded default).
 */
@Component
class BlindIndexTraineeIdentity implements TraineeIdentity {

    static final String COLLECTION = "trainee-identities";
    private static final String KEYS = "trainee-identity-key";

    /**
     * How long a claim may wait for its enrolment to be stored before it is taken for lost. A claim is made just
     * before its enrolment's unit of work, which commits within seconds, or gives the claim back when it fails; only
     * a process that stops outright in between leaves a claim behind, and a crashed import is resumed two minutes
     * after it stopped (ADR 0023), by when its claims are older than this.
     */
    static final Duration CLAIM_SETTLES_WITHIN = Duration.ofMinutes(1);

    private final MongoTemplate mongo;
    private final String configuredKey;
    private final StoredEnrolments stored;
    private final Clock clock;
    private volatile SecretKeySpec key;

    @Autowired
    BlindIndexTraineeIdentity(MongoTemplate mongo,
                              @Value("${corridor.skills.identity-index-key:}") String configuredKey,
                              StoredEnrolments stored) {
        this(mongo, configuredKey, stored, Clock.systemUTC());
    }

    BlindIndexTraineeIdentity(MongoTemplate mongo, String configuredKey, StoredEnrolments stored, Clock clock) {
        this.mongo = mongo;
        this.configuredKey = configuredKey;
        this.stored = stored;
        this.clock = clock;
    }

    /** Whether the enrolment of a person was stored: the event store holds their trainee. */
    @FunctionalInterface
    interface StoredEnrolments {
        boolean stored(PersonId personId);
    }

    @Override
    public Optional<PersonId> claim(String fullName, LocalDate birthDate, CountryCode origin, PersonId personId) {
        Claim claim = new Claim(fullName, birthDate, origin, personId);
        String index = index(fullName, birthDate, origin);
        Document person = personEntry(index, personId);
        try {
            // one ordered write: the person's entry is stored only once the index entry is
            mongo.insert(List.of(indexEntry(index, personId), person), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            return answerTaken(claim, index, person, mongo.findById(index, Document.class, COLLECTION));
        }
    }

    /**
     * The claims of a unit of work in two writes instead of one a claim: the index entries in one unordered insert,
     * then the person entries of the claims that were made (so that, as with {@link #claim}, a person's entry exists
     * only once their index entry does). The index entries found taken are looked up, all at once, for their
     * holders, and each answered as {@link #claim} would.
     */
    @Override
    public List<Optional<PersonId>> claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<String> indexes = claims.stream().map(c -> index(c.fullName(), c.birthDate(), c.originCountry())).toList();
        List<Document> entries = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            entries.add(indexEntry(indexes.get(i), claims.get(i).personId()));
        }
        Set<Integer> taken = UnorderedInsert.insertAll(mongo.getCollection(COLLECTION), entries);
        Map<String, Document> holders = new HashMap<>();
        if (!taken.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(taken.stream().map(indexes::get).distinct().toList())),
                    Document.class, COLLECTION).forEach(d -> holders.put(d.getString("_id"), d));
        }
        List<Optional<PersonId>> answers = new ArrayList<>(claims.size());
        List<Document> persons = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Document person = personEntry(indexes.get(i), claims.get(i).personId());
            if (taken.contains(i)) {
                answers.add(answerTaken(claims.get(i), indexes.get(i), person, holders.get(indexes.get(i))));
            } else {
                persons.add(person);
                answers.add(Optional.empty());
            }
        }
        for (int stale : UnorderedInsert.insertAll(mongo.getCollection(COLLECTION), persons)) {
            mongo.save(persons.get(stale), COLLECTION); // as claim does: the person's entry follows their index entry
        }
        return answers;
    }

    /**
     * The answer to a claim whose index entry another claim holds ({@code holder}; null when it was given back
     * since): the same person claiming again keeps it; a claim whose enrolment was never stored and never will be
     * (older than {@link #CLAIM_SETTLES_WITHIN}, its person without a trainee) is taken over; anyone else holds it.
     */
    private Optional<PersonId> answerTaken(Claim claim, String index, Document person, Document holder) {
        if (holder == null) {
            return claim(claim.fullName(), claim.birthDate(), claim.originCountry(), claim.personId());
        }
        String holderId = holder.getString("personId");
        if (holderId.equals(claim.personId().value())) {
            mongo.save(person, COLLECTION); // the same person claiming again: their entry may be missing
            return Optional.empty();
        }
        if (lost(holder)) {
            Query stillLost = new Query(Criteria.where("_id").is(index).and("personId").is(holderId));
            boolean takenOver = mongo.updateFirst(stillLost, new Update().set("personId", claim.personId().value())
                    .set("claimedAt", Date.from(clock.instant())), COLLECTION).getModifiedCount() == 1;
            if (!takenOver) {
                // another claim took it over first: answer as that claim holds it
                return answerTaken(claim, index, person, mongo.findById(index, Document.class, COLLECTION));
            }
            mongo.remove(new Query(Criteria.where("_id").is("person:" + holderId)), COLLECTION);
            mongo.save(person, COLLECTION);
            return Optional.empty();
        }
        return Optional.of(PersonId.of(holderId));
    }

    /** A claim left by an enrolment that stopped before it was stored (entries made before 2026-12-04 have no time). */
    private boolean lost(Document holder) {
        Date claimedAt = holder.getDate("claimedAt");
        return (claimedAt == null || claimedAt.toInstant().isBefore(clock.instant().minus(CLAIM_SETTLES_WITHIN)))
                && !stored.stored(PersonId.of(holder.getString("personId")));
    }

    private Document indexEntry(String index, PersonId personId) {
        return new Document("_id", index).append("personId", personId.value())
                .append("claimedAt", Date.from(clock.instant()));
    }

    private static Document personEntry(String index, PersonId personId) {
        return new Document("_id", "person:" + personId.value()).append("index", index);
    }

    @Override
    public void release(String fullName, LocalDate birthDate, CountryCode origin, PersonId personId) {
        String index = index(fullName, birthDate, origin);
        mongo.remove(new Query(Criteria.where("_id").is(index).and("personId").is(personId.value())), COLLECTION);
        mongo.remove(new Query(Criteria.where("_id").is("person:" + personId.value())), COLLECTION);
    }

    @Override
    public void forget(PersonId personId) {
        Document entry = mongo.findById("person:" + personId.value(), Document.class, COLLECTION);
        if (entry != null) {
            mongo.remove(new Query(Criteria.where("_id").is(entry.getString("index"))), COLLECTION);
            mongo.remove(new Query(Criteria.where("_id").is("person:" + personId.value())), COLLECTION);
        }
    }

    /** Whether an index entry for the person exists; for tests of erasure. */
    boolean holds(PersonId personId) {
        return mongo.findById("person:" + personId.value(), Document.class, COLLECTION) != null;
    }

    String index(String fullName, LocalDate birthDate, CountryCode origin) {
        String normalised = Normalizer.normalize(fullName, Normalizer.Form.NFKC).strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return HexFormat.of().formatHex(mac.doFinal((normalised + "\u001f" + birthDate + "\u001f" + origin.value())
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = new SecretKeySpec(Base64.getDecoder().decode(configuredKey.isBlank() ? storedKey()
                            : configuredKey), "HmacSHA256");
                }
                current = key;
            }
        }
        return current;
    }

    private String storedKey() {
        Document stored = mongo.findById("current", Document.class, KEYS);
        if (stored == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            try {
                mongo.insert(new Document("_id", "current").append("key", Base64.getEncoder().encodeToString(bytes)), KEYS);
            } catch (DuplicateKeyException concurrent) {
                // another instance stored one first: use that
            }
            stored = mongo.findById("current", Document.class, KEYS);
        }
        return stored.getString("key");
    }
}
