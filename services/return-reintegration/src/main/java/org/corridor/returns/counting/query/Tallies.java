package org.corridor.returns.counting.query;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts kept as summary documents, one per subject ({@code returns}, {@code returns/scheme:<id>}, ...), each
 * counter a field updated with {@code $inc} and read by {@code _id}: the wire server scans every other query, and
 * real MongoDB serves these in constant time too. Counter names never contain dots (they would nest).
 */
@Component
public class Tallies {

    static final String COLLECTION = "statistics";

    private final MongoTemplate mongo;

    public Tallies(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Adds each amount to its counter of the summary document {@code subject}, creating what is missing. */
    public void add(String subject, Map<String, Long> amounts) {
        if (amounts.isEmpty()) {
            return;
        }
        Update update = new Update();
        amounts.forEach((counter, amount) -> update.inc("counters." + safe(counter), amount));
        mongo.findAndModify(Query.query(Criteria.where("_id").is(subject)), update,
                FindAndModifyOptions.options().upsert(true), Document.class, COLLECTION);
    }

    public void add(String subject, String counter, long amount) {
        add(subject, Map.of(counter, amount));
    }

    /** The counters of {@code subject}; empty when nothing was counted. */
    public Map<String, Long> read(String subject) {
        Document document = mongo.findById(subject, Document.class, COLLECTION);
        Map<String, Long> counters = new LinkedHashMap<>();
        if (document != null && document.get("counters") instanceof Document values) {
            values.forEach((name, value) -> counters.put(name, ((Number) value).longValue()));
        }
        return counters;
    }

    public void reset() {
        mongo.dropCollection(COLLECTION);
    }

    private static String safe(String counter) {
        return counter.replace('.', '_').replace('$', '_');
    }
}
