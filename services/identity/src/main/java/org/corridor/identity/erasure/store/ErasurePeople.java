package org.corridor.identity.erasure.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The collection {@code erasure-people}, by person id: the person's open erasure request (at most one at a time,
 * which the key makes so on every MongoDB), every request they made, and their origin country as known when they
 * asked (identity forgets the person's activation codes, which told it). Holds no personal data.
 */
@Component
public class ErasurePeople {

    static final String COLLECTION = "erasure-people";

    private final MongoTemplate mongo;

    public ErasurePeople(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One person's requests: {@code open} is the one still waiting for answers, if any. */
    public record ErasurePerson(@Id String personId, String open, Instant openedAt, List<String> requests,
                                String originCountry) {

        public ErasurePerson {
            requests = requests == null ? List.of() : List.copyOf(requests);
        }
    }

    public Optional<ErasurePerson> find(String personId) {
        return Optional.ofNullable(mongo.findById(personId, ErasurePerson.class, COLLECTION));
    }

    /**
     * Makes {@code erasureId} the person's open request, unless another one is open: then the answer is the person's
     * row naming that one, and nothing changes.
     */
    public Optional<ErasurePerson> open(String personId, String erasureId, String originCountry, Instant now) {
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                mongo.insert(new ErasurePerson(personId, erasureId, now, List.of(erasureId), originCountry),
                        COLLECTION);
                return Optional.empty();
            } catch (DuplicateKeyException known) {
                // asked before: open this one only if none is open
            }
            Update update = new Update().set("open", erasureId).set("openedAt", now).push("requests", erasureId);
            if (originCountry != null) {
                update.set("originCountry", originCountry);
            }
            ErasurePerson opened = mongo.findAndModify(Query.query(Criteria.where("_id").is(personId)
                    .and("open").is(null)), update, FindAndModifyOptions.options().returnNew(true),
                    ErasurePerson.class, COLLECTION);
            if (opened != null) {
                return Optional.empty();
            }
            Optional<ErasurePerson> other = find(personId).filter(person -> person.open() != null);
            if (other.isPresent()) {
                return other;
            }
        }
        throw new IllegalStateException("could not open an erasure request for person " + personId);
    }

    /** Opens {@code erasureId} in place of {@code stale}, an open request that turned out complete or never stored. */
    public boolean replace(String personId, String stale, String erasureId, Instant now) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(personId).and("open").is(stale)),
                new Update().set("open", erasureId).set("openedAt", now).push("requests", erasureId),
                ErasurePerson.class, COLLECTION) != null;
    }

    /** The request is complete: the person may ask again. */
    public void close(String personId, String erasureId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(personId).and("open").is(erasureId)),
                new Update().set("open", null), COLLECTION);
    }
}
