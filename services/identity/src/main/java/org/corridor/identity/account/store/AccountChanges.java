package org.corridor.identity.account.store;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The collection {@code account-changes}: what happened to each account and who did it, one document per account by
 * its subject (never by user name, which a person chose and may be personal), holding the newest {@value #KEPT}
 * changes. Accounts are documents, not event-sourced, so this is their audit trail.
 */
@Component
public class AccountChanges {

    static final String COLLECTION = "account-changes";
    static final int KEPT = 200;

    private final MongoTemplate mongo;

    public AccountChanges(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    record History(@Id String subject, List<AccountChange> changes) {
    }

    public void record(String subject, AccountChange change) {
        mongo.upsert(Query.query(Criteria.where("_id").is(subject)),
                new Update().push("changes").slice(-KEPT).each(change), COLLECTION);
    }

    /** Oldest first. */
    public List<AccountChange> of(String subject) {
        History history = mongo.findById(subject, History.class, COLLECTION);
        return history == null || history.changes() == null ? List.of() : history.changes();
    }

    /** Forgets the account's history; true when there was one. */
    public boolean remove(String subject) {
        return mongo.remove(Query.query(Criteria.where("_id").is(subject)), COLLECTION).getDeletedCount() > 0;
    }
}
