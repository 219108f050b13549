package org.corridor.identity.account.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The collection {@code accounts}, keyed by user name so that a name is taken once (the key is unique on every
 * MongoDB, the embedded wire server included, which ignores secondary indexes).
 */
@Component
public class Accounts {

    static final String COLLECTION = "accounts";

    private final MongoTemplate mongo;

    public Accounts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public Optional<Account> find(String username) {
        return Optional.ofNullable(mongo.findById(normalise(username), Account.class, COLLECTION));
    }

    /** Stores a new account; false when the user name is taken. */
    public boolean create(Account account) {
        try {
            mongo.insert(account, COLLECTION);
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    public void save(Account account) {
        mongo.save(account, COLLECTION);
    }

    /** Deletes the account; true when there was one. */
    public boolean remove(String username) {
        return mongo.remove(Query.query(Criteria.where("_id").is(normalise(username))), COLLECTION)
                .getDeletedCount() > 0;
    }

    public Optional<Account> findByPerson(String person) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("person").is(person)), Account.class,
                COLLECTION));
    }

    public boolean anyWithRole(String role) {
        return mongo.exists(Query.query(Criteria.where("roles").is(role)), COLLECTION);
    }

    public List<Account> page(Criteria criteria, int page, int size) {
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).skip((long) page * size).limit(size),
                Account.class, COLLECTION);
    }

    public long count(Criteria criteria) {
        return mongo.count(Query.query(criteria), COLLECTION);
    }
}
