package org.corridor.identity.account.store;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** The collection {@code organisations}: which scheme administration manages which organisation's accounts. */
@Component
public class Organisations {

    static final String COLLECTION = "organisations";

    private final MongoTemplate mongo;

    public Organisations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The organisation as recorded, claimed now by {@code claim} when nobody had. */
    public Organisation claimOrGet(Organisation claim) {
        try {
            mongo.insert(claim, COLLECTION);
            return claim;
        } catch (DuplicateKeyException claimed) {
            return mongo.findById(claim.id(), Organisation.class, COLLECTION);
        }
    }
}
