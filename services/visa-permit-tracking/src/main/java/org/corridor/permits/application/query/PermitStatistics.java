package org.corridor.permits.application.query;

import org.bson.Document;
import org.corridor.permits.application.api.Gender;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Counts kept as summary documents, updated with {@code $inc} and read by id (the wire server scans any other
 * query): days from lodging to decision per scheme and post, and self-declared gender per scheme.
 */
@Component
public class PermitStatistics {

    static final String DECISION_TIMES = "permit-decision-times";
    static final String GENDER_COUNTS = "permit-gender-counts";
    static final String DECLARED_GENDERS = "permit-declared-genders";
    /** Any count under this is shown as suppressed, so that no person can be singled out. */
    public static final int SMALLEST_SHOWN = 5;

    private final MongoTemplate mongo;

    PermitStatistics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void recordDecision(String schemeId, String post, Instant lodgedAt, Instant decidedAt) {
        long days = Math.max(0, Duration.between(lodgedAt, decidedAt).toDays());
        mongo.upsert(Query.query(where("_id").is(decisionKey(schemeId, post))),
                new Update().set("schemeId", schemeId).set("post", post).inc("decisions", 1)
                        .inc("days." + days, 1), DECISION_TIMES);
    }

    /** A worker may correct their declaration: the count moves from the old value to the new one. */
    void declareGender(String applicationId, String schemeId, Gender gender) {
        Gender declared = gender == null ? Gender.NOT_DECLARED : gender;
        Document previous = mongo.findById(applicationId, Document.class, DECLARED_GENDERS);
        String before = previous == null ? null : previous.getString("gender");
        if (declared.name().equals(before)) {
            return;
        }
        mongo.upsert(Query.query(where("_id").is(applicationId)), new Update().set("gender", declared.name()),
                DECLARED_GENDERS);
        Update counts = new Update().inc("byGender." + declared.name(), 1);
        if (before != null) {
            counts.inc("byGender." + before, -1);
        }
        mongo.upsert(Query.query(where("_id").is(schemeId)), counts, GENDER_COUNTS);
    }

    /**
     * The worker was erased: the application's declaration (kept only so that a correction moves the count) goes;
     * the count it made stays, so every count still adds up.
     */
    void forgetDeclaration(String applicationId) {
        mongo.remove(Query.query(where("_id").is(applicationId)), DECLARED_GENDERS);
    }

    void reset() {
        mongo.dropCollection(DECISION_TIMES);
        mongo.dropCollection(GENDER_COUNTS);
        mongo.dropCollection(DECLARED_GENDERS);
    }

    /** Days from lodging to decision: how many decisions, and the 50th, 90th and 99th percentiles. */
    public DecisionTimes decisionTimes(String schemeId, String post) {
        Document summary = mongo.findById(decisionKey(schemeId, post), Document.class, DECISION_TIMES);
        if (summary == null) {
            return new DecisionTimes(schemeId, post, 0, null, null, null);
        }
        TreeMap<Long, Long> histogram = new TreeMap<>();
        Document days = summary.get("days", Document.class);
        days.forEach((day, count) -> histogram.put(Long.parseLong(day), ((Number) count).longValue()));
        long total = histogram.values().stream().mapToLong(Long::longValue).sum();
        return new DecisionTimes(schemeId, post, total, percentile(histogram, total, 50),
                percentile(histogram, total, 90), percentile(histogram, total, 99));
    }

    /** Applicants of a scheme by the gender they declared here; a count under 5 is suppressed (null). */
    public GenderCounts genderCounts(String schemeId) {
        Document summary = mongo.findById(schemeId, Document.class, GENDER_COUNTS);
        Map<String, Long> counts = new LinkedHashMap<>();
        List<String> suppressed = new ArrayList<>();
        Document byGender = summary == null ? new Document() : summary.get("byGender", Document.class);
        for (Gender gender : Gender.values()) {
            long count = byGender == null || byGender.get(gender.name()) == null ? 0
                    : ((Number) byGender.get(gender.name())).longValue();
            if (count > 0 && count < SMALLEST_SHOWN) {
                suppressed.add(gender.name());
                counts.put(gender.name(), null);
            } else {
                counts.put(gender.name(), count);
            }
        }
        return new GenderCounts(schemeId, counts, suppressed);
    }

    /** The smallest number of days within which at least {@code p} percent of decisions were taken. */
    static Long percentile(TreeMap<Long, Long> histogram, long total, int p) {
        if (total == 0) {
            return null;
        }
        long rank = (long) Math.ceil(total * p / 100.0);
        long seen = 0;
        for (Map.Entry<Long, Long> bucket : histogram.entrySet()) {
            seen += bucket.getValue();
            if (seen >= rank) {
                return bucket.getKey();
            }
        }
        return histogram.lastKey();
    }

    private static String decisionKey(String schemeId, String post) {
        return schemeId + "|" + post;
    }

    public record DecisionTimes(String schemeId, String post, long decisions, Long p50Days, Long p90Days,
                                Long p99Days) {
    }

    /**
     * @param counts     per declared gender; {@code null} where suppressed
     * @param suppressed the genders whose count is under {@value #SMALLEST_SHOWN} and above zero
     */
    public record GenderCounts(String schemeId, Map<String, Long> counts, List<String> suppressed) {
    }
}
