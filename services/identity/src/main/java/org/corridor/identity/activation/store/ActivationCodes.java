package org.corridor.identity.activation.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
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
 * Collections {@code activation-codes} (by digest) and {@code activation-people} (by person: the digest of their
 * newest code), both read by key only.
 */
@Component
public class ActivationCodes {

    static final String CODES = "activation-codes";
    static final String PEOPLE = "activation-people";

    private final MongoTemplate mongo;

    public ActivationCodes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record Newest(@Id String personId, String digest, Instant issuedAt) {
    }

    public Optional<ActivationCode> find(String digest) {
        return Optional.ofNullable(mongo.findById(digest, ActivationCode.class, CODES));
    }

    /**
     * Records a code issued at {@code issuedAt}: the person's newest code from now on, unless one issued later is
     * known already, in which case it is recorded as superseded. A code recorded before is left as it is.
     *
     * <p>Three round trips for a new code (read the person's newest, insert the code, save the newest), one for the
     * event handled again, so an enrolment import costs identity little. The person's newest is read first, not the
     * code: when it is this code, the event was applied before and nothing is left to do. Otherwise the steps are
     * safe to repeat in order, so an attempt that stopped half-way (the code inserted, the newest not yet saved) is
     * finished by the next one: an insert that finds the code there already goes on to the next step.
     */
    public void issued(ActivationCode code) {
        Newest newest = mongo.findById(code.personId(), Newest.class, PEOPLE);
        if (newest != null && newest.digest().equals(code.digest())) {
            return;
        }
        if (newest != null && newest.issuedAt().isAfter(code.issuedAt())) {
            insert(new ActivationCode(code.digest(), code.personId(), code.originCountry(), code.issuedAt(),
                    code.expiresAt(), ActivationCode.State.SUPERSEDED, code.issuedAt()));
            return;
        }
        insert(code);
        mongo.save(new Newest(code.personId(), code.digest(), code.issuedAt()), PEOPLE);
        if (newest != null) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(newest.digest())
                            .and("state").is(ActivationCode.State.ISSUED.name())),
                    new Update().set("state", ActivationCode.State.SUPERSEDED.name()).set("changedAt", code.issuedAt()),
                    CODES);
        }
    }

    /** Spends an issued code; false when it was spent or replaced meanwhile. */
    public boolean spend(String digest, Instant at) {
        return mongo.findAndModify(Query.query(Criteria.where("_id").is(digest)
                        .and("state").is(ActivationCode.State.ISSUED.name())),
                new Update().set("state", ActivationCode.State.SPENT.name()).set("changedAt", at),
                FindAndModifyOptions.options().returnNew(true), ActivationCode.class, CODES) != null;
    }

    /** The origin country of the person's newest code, if a code was issued to them. */
    public Optional<String> originCountryOf(String personId) {
        Newest newest = mongo.findById(personId, Newest.class, PEOPLE);
        return Optional.ofNullable(newest).flatMap(row -> find(row.digest())).map(ActivationCode::originCountry);
    }

    /**
     * Every code issued to the person, oldest first. A scan of {@code activation-codes}: only for the person's own
     * record, which they ask for rarely.
     */
    public List<ActivationCode> of(String personId) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("issuedAt")),
                ActivationCode.class, CODES);
    }

    /** Forgets every code of the person and their newest-code row; how many codes there were. */
    public long eraseOf(String personId) {
        long codesRemoved = mongo.remove(Query.query(Criteria.where("personId").is(personId)), CODES)
                .getDeletedCount();
        mongo.remove(Query.query(Criteria.where("_id").is(personId)), PEOPLE);
        return codesRemoved;
    }

    /** Gives back a code whose account could not be created after all. */
    public void unspend(String digest) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(digest).and("state")
                        .is(ActivationCode.State.SPENT.name())),
                new Update().set("state", ActivationCode.State.ISSUED.name()), CODES);
    }

    private void insert(ActivationCode code) {
        try {
            mongo.insert(code, CODES);
        } catch (DuplicateKeyException recordedBefore) {
            // Recorded by an earlier attempt at the same event, or by the same event read twice at once: the code
            // stays as it is (issued, spent or superseded meanwhile), and what follows the insert is still done.
        }
    }
}
