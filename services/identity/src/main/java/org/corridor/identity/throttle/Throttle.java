package org.corridor.identity.throttle;

import org.corridor.identity.throttle.command.ThrottlePolicy;
import org.corridor.identity.throttle.command.Verdict;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Counts wrong attempts per account and per client address in the collection {@code sign-in-attempts}, and says
 * whether the next attempt is heard. An attempt made before its key's waiting time is over is refused without being
 * checked, and counts as one more wrong attempt (hammering during the wait brings the lock closer, never a
 * password check). Keyed by user name whether or not the account exists, so the answers do not tell which exist.
 */
@Component
@EnableConfigurationProperties(ThrottleProperties.class)
public class Throttle {

    static final String COLLECTION = "sign-in-attempts";

    private final MongoTemplate mongo;
    private final ThrottleProperties properties;
    private final Clock clock;

    public Throttle(MongoTemplate mongo, ThrottleProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** What is throttled: one account (by user name) or one client address. */
    public record Key(String id, boolean address) {

        public static Key account(String username) {
            return new Key("account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT)), false);
        }

        public static Key address(String remoteAddress) {
            return new Key("address:" + (remoteAddress == null ? "unknown" : remoteAddress), true);
        }
    }

    record Attempts(String id, int failures, Instant lastFailureAt, Instant nextAttemptAfter) {
    }

    /**
     * Whether an attempt on {@code key} is heard now. A refused attempt counts as a wrong one (unless the key is
     * locked already, which only time or an administrator ends).
     */
    public Verdict admit(Key key) {
        ThrottlePolicy policy = policy(key);
        Instant now = clock.instant();
        Attempts attempts = mongo.findById(key.id(), Attempts.class, COLLECTION);
        if (attempts == null || policy.forgotten(attempts.lastFailureAt(), now)
                || !attempts.nextAttemptAfter().isAfter(now)) {
            return Verdict.allow(attempts == null ? 0 : attempts.failures());
        }
        if (policy.locks(attempts.failures())) {
            return Verdict.refuse(attempts.nextAttemptAfter(), true, attempts.failures());
        }
        Verdict after = fail(key);
        return after.allowed() ? Verdict.refuse(attempts.nextAttemptAfter(), false, after.failures()) : after;
    }

    /** {@link #admit}, refusing with a 429 problem that says until when (see {@link Refusals}). */
    public void requireAdmitted(Key key) {
        Verdict verdict = admit(key);
        if (!verdict.allowed()) {
            throw Refusals.refusal(key, verdict);
        }
    }

    /** Records a wrong attempt on {@code key}; the verdict says how long the next one must wait. */
    public Verdict fail(Key key) {
        ThrottlePolicy policy = policy(key);
        Instant now = clock.instant();
        Attempts before = mongo.findById(key.id(), Attempts.class, COLLECTION);
        if (before != null && policy.forgotten(before.lastFailureAt(), now)) {
            mongo.remove(Query.query(Criteria.where("_id").is(key.id())), COLLECTION);
        }
        Attempts counted = mongo.findAndModify(Query.query(Criteria.where("_id").is(key.id())),
                new Update().inc("failures", 1).set("lastFailureAt", now).setOnInsert("nextAttemptAfter", now),
                FindAndModifyOptions.options().upsert(true).returnNew(true), Attempts.class, COLLECTION);
        int failures = counted == null ? 1 : counted.failures();
        Instant next = policy.nextAttemptAfter(failures, now);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key.id())), new Update().set("nextAttemptAfter", next),
                COLLECTION);
        return next.isAfter(now) ? Verdict.refuse(next, policy.locks(failures), failures) : Verdict.allow(failures);
    }

    /** Forgets the wrong attempts on {@code key}: after a right one, or when an administrator unlocks an account. */
    public void clear(Key key) {
        mongo.remove(Query.query(Criteria.where("_id").is(key.id())), COLLECTION);
    }

    private ThrottlePolicy policy(Key key) {
        return key.address() ? properties.address() : properties.account();
    }
}
