package org.corridor.skills.trainee.adapter;

import org.bson.Document;
import org.corridor.kernel.mongo.UnorderedInsert;
import org.corridor.kernel.types.CountryCode;
import org.corridor.kernel.types.PersonId;
import org.corridor.skills.trainee.command.TraineeIdentity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
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

    private final MongoTemplate mongo;
    private final String configuredKey;
    private volatile SecretKeySpec key;

    BlindIndexTraineeIdentity(MongoTemplate mongo, @Value("${corridor.skills.identity-index-key:}") String configuredKey) {
        this.mongo = mongo;
        this.configuredKey = configuredKey;
    }

    @Override
    public Optional<PersonId> claim(String fullName, LocalDate birthDate, CountryCode origin, PersonId personId) {
        String index = index(fullName, birthDate, origin);
        Document person = new Document("_id", "person:" + personId.value()).append("index", index);
        try {
            // one ordered write: the person's entry is stored only once the index entry is
            mongo.insert(List.of(new Document("_id", index).append("personId", personId.value()), person), COLLECTION);
            return Optional.empty();
        } catch (DuplicateKeyException taken) {
            Document holder = mongo.findById(index, Document.class, COLLECTION);
            String holderId = holder == null ? null : holder.getString("personId");
            if (holderId == null || holderId.equals(personId.value())) {
                mongo.save(person, COLLECTION); // the same person claiming again: their entry may be missing
                return Optional.empty();
            }
            return Optional.of(PersonId.of(holderId));
        }
    }

    /**
     * The claims of a unit of work in two writes instead of one a claim: the index entries in one unordered insert,
     * then the person entries of the claims that were made (so that, as with {@link #claim}, a person's entry exists
     * only once their index entry does). An index entry found taken is looked up, all at once, for its holder; a
     * claim whose entry vanished meanwhile (its holder's enrolment given back) is made again on its own.
     */
    @Override
    public List<Optional<PersonId>> claimAll(List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        List<String> indexes = claims.stream().map(c -> index(c.fullName(), c.birthDate(), c.originCountry())).toList();
        List<Document> entries = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            entries.add(new Document("_id", indexes.get(i)).append("personId", claims.get(i).personId().value()));
        }
        Set<Integer> taken = UnorderedInsert.insertAll(mongo.getCollection(COLLECTION), entries);
        Map<String, String> holders = new HashMap<>();
        if (!taken.isEmpty()) {
            mongo.find(new Query(Criteria.where("_id").in(taken.stream().map(indexes::get).distinct().toList())),
                    Document.class, COLLECTION).forEach(d -> holders.put(d.getString("_id"), d.getString("personId")));
        }
        List<Optional<PersonId>> answers = new ArrayList<>(claims.size());
        List<Document> persons = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Document person = new Document("_id", "person:" + claim.personId().value()).append("index", indexes.get(i));
            String holder = holders.get(indexes.get(i));
            if (!taken.contains(i)) {
                persons.add(person);
                answers.add(Optional.empty());
            } else if (holder == null) {
                answers.add(claim(claim.fullName(), claim.birthDate(), claim.originCountry(), claim.personId()));
            } else if (holder.equals(claim.personId().value())) {
                mongo.save(person, COLLECTION); // the same person claiming again: their entry may be missing
                answers.add(Optional.empty());
            } else {
                answers.add(Optional.of(PersonId.of(holder)));
            }
        }
        for (int stale : UnorderedInsert.insertAll(mongo.getCollection(COLLECTION), persons)) {
            mongo.save(persons.get(stale), COLLECTION); // as claim does: the person's entry follows their index entry
        }
        return answers;
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
