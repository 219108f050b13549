package org.corridor.skills.recognition.adapter;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.skills.recognition.api.CertificateVerified;
import org.corridor.skills.recognition.api.RecognitionCaseOpened;
import org.corridor.skills.recognition.api.VerificationDeferred;
import org.corridor.skills.recognition.api.VerificationStopped;
import org.corridor.skills.trainee.api.TraineeErased;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.annotation.Id;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The cases whose certificate still waits for the qualification authority, kept from the events (so nothing is
 * lost across restarts: a reset rebuilds it) and removed once the authority has answered. Small by nature: only
 * the cases waiting now.
 */
@Component
@ProcessingGroup("recognition-verification")
class PendingVerifications {

    static final String COLLECTION = "pending-verifications";

    @Document(COLLECTION)
    record Pending(@Id String caseId, String personId, String number, String issuer, String title, LocalDate issuedOn,
                   int attempts, Instant nextAttemptAt) {
    }

    private final MongoTemplate mongo;

    PendingVerifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RecognitionCaseOpened event, @Timestamp Instant at) {
        var c = event.certificate();
        if (c == null) {
            return;
        }
        mongo.save(new Pending(event.caseId(), event.personId().value(), c.number(), c.issuer(), c.title(),
                c.issuedOn(), 0, at));
    }

    @EventHandler
    void on(VerificationDeferred event) {
        Pending pending = mongo.findById(event.caseId(), Pending.class);
        if (pending != null) {
            mongo.save(new Pending(pending.caseId(), pending.personId(), pending.number(), pending.issuer(),
                    pending.title(), pending.issuedOn(), event.attempt(), event.nextAttemptAt()));
        }
    }

    @EventHandler
    void on(CertificateVerified event) {
        remove(event.caseId());
    }

    @EventHandler
    void on(VerificationStopped event) {
        remove(event.caseId());
    }

    @EventHandler
    void on(PersonalDataErased event) {
        mongo.remove(new Query(Criteria.where("personId").is(event.subjectId())), COLLECTION);
    }

    /** The certificate waiting is the erased person's document: it goes with the erasure, not only with the key. */
    @EventHandler
    void on(TraineeErased event) {
        mongo.remove(new Query(Criteria.where("personId").is(event.personId().value())), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    List<Pending> due(Instant now, int limit) {
        return mongo.find(new Query(Criteria.where("nextAttemptAt").lte(now)).limit(limit), Pending.class);
    }

    void postpone(Pending pending, int attempts, Instant next) {
        mongo.save(new Pending(pending.caseId(), pending.personId(), pending.number(), pending.issuer(),
                pending.title(), pending.issuedOn(), attempts, next));
    }

    void remove(String caseId) {
        mongo.remove(new Query(Criteria.where("_id").is(caseId)), COLLECTION);
    }
}
