package org.corridor.skills.recognition.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.skills.recognition.api.AppealDismissed;
import org.corridor.skills.recognition.api.AppealLodged;
import org.corridor.skills.recognition.api.CertificateVerified;
import org.corridor.skills.recognition.api.MeasureCompleted;
import org.corridor.skills.recognition.api.RecognitionBecameFull;
import org.corridor.skills.recognition.api.RecognitionCaseOpened;
import org.corridor.skills.recognition.api.RecognitionDecided;
import org.corridor.skills.recognition.api.VerificationDeferred;
import org.corridor.skills.recognition.api.VerificationStopped;
import org.corridor.skills.recognition.query.RecognitionCaseView.HistoryEntry;
import org.corridor.skills.recognition.query.RecognitionCaseView.MeasureView;
import org.corridor.skills.trainee.api.TraineeErased;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Keeps the {@code recognition-cases} read model; each event rewrites the case's document by id. */
@Component
@ProcessingGroup("recognition-projection")
class RecognitionCaseProjection implements RecognitionCaseQueries {

    private final MongoTemplate mongo;

    RecognitionCaseProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(RecognitionCaseOpened e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String by) {
        mongo.save(new RecognitionCaseView(e.caseId(), e.personId().value(), e.schemeId().value(),
                e.destinationCountry().value(), e.occupation() == null ? null : e.occupation().value(),
                "AWAITING_VERIFICATION", null, null, 0, null, null, at, null, List.of(), List.of(),
                List.of(new HistoryEntry("opened", at, by, null, List.of())), at));
    }

    @EventHandler
    void on(VerificationDeferred e) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), v.status(), v.verification(), v.verificationDetail(), e.attempt(), e.attemptedAt(),
                e.failure(), e.nextAttemptAt(), v.outcome(), v.measures(), v.reasons(), v.history(), v.openedAt()));
    }

    @EventHandler
    void on(VerificationStopped e, @Timestamp Instant at) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), "STOPPED", v.verification(), v.verificationDetail(), v.attempts(), v.lastAttemptAt(),
                v.lastFailure(), null, v.outcome(), v.measures(), v.reasons(),
                append(v, new HistoryEntry("verification stopped", at, null, null, List.of(e.reason()))),
                v.openedAt()));
    }

    @EventHandler
    void on(CertificateVerified e) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), "AWAITING_DECISION", e.outcome().name(), e.detail(), v.attempts() + 1, e.answeredAt(),
                null, null, v.outcome(), v.measures(), v.reasons(),
                append(v, new HistoryEntry("verified", e.answeredAt(), "qualification-authority", e.outcome().name(),
                        List.of())), v.openedAt()));
    }

    @EventHandler
    void on(RecognitionDecided e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String by) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), e.outcome().name(), v.verification(), v.verificationDetail(), v.attempts(),
                v.lastAttemptAt(), v.lastFailure(), v.nextAttemptAt(), e.outcome().name(),
                e.measures().stream().map(m -> new MeasureView(m.measureId(), m.kind().name(), m.description(), null))
                        .toList(), e.reasons(),
                append(v, new HistoryEntry(e.onAppeal() ? "decided on appeal" : "decided", at, by, e.outcome().name(),
                        e.reasons())), v.openedAt()));
    }

    @EventHandler
    void on(MeasureCompleted e) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), v.status(), v.verification(), v.verificationDetail(), v.attempts(), v.lastAttemptAt(),
                v.lastFailure(), v.nextAttemptAt(), v.outcome(), v.measures().stream()
                .map(m -> m.measureId().equals(e.measureId())
                        ? new MeasureView(m.measureId(), m.kind(), m.description(), e.completedOn().toString()) : m)
                .toList(), v.reasons(), v.history(), v.openedAt()));
    }

    @EventHandler
    void on(RecognitionBecameFull e, @Timestamp Instant at) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), "FULL", v.verification(), v.verificationDetail(), v.attempts(), v.lastAttemptAt(),
                v.lastFailure(), v.nextAttemptAt(), "FULL", v.measures(), v.reasons(),
                append(v, new HistoryEntry("measures completed", at, null, "FULL", List.of())), v.openedAt()));
    }

    @EventHandler
    void on(AppealLodged e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String by) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), "APPEALED", v.verification(), v.verificationDetail(), v.attempts(), v.lastAttemptAt(),
                v.lastFailure(), v.nextAttemptAt(), v.outcome(), v.measures(), v.reasons(),
                append(v, new HistoryEntry("appealed", at, by, e.against().name(),
                        e.groundsGiven() == null ? List.of() : List.of(e.groundsGiven()))),
                v.openedAt()));
    }

    @EventHandler
    void on(AppealDismissed e, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String by) {
        update(e.caseId(), v -> new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                v.iscoCode(), v.outcome(), v.verification(), v.verificationDetail(), v.attempts(), v.lastAttemptAt(),
                v.lastFailure(), v.nextAttemptAt(), v.outcome(), v.measures(), v.reasons(),
                append(v, new HistoryEntry("appeal dismissed", at, by, v.outcome(), e.reasons())), v.openedAt()));
    }

    /**
     * An erased trainee's cases keep what the counts need (scheme, destination, occupation, status, outcome, the
     * kinds of measures and when things happened) and lose every text about the person: the authority's answer,
     * reasons, appeal grounds, measure descriptions.
     */
    @EventHandler
    void on(TraineeErased e) {
        for (RecognitionCaseView v : ofPerson(e.personId().value())) {
            mongo.save(new RecognitionCaseView(v.caseId(), v.personId(), v.schemeId(), v.destinationCountry(),
                    v.iscoCode(), v.status(), v.verification(), null, v.attempts(), v.lastAttemptAt(),
                    v.lastFailure(), v.nextAttemptAt(), v.outcome(), v.measures().stream()
                    .map(m -> new MeasureView(m.measureId(), m.kind(), null, m.completedOn())).toList(), List.of(),
                    v.history().stream().map(h -> new HistoryEntry(h.what(), h.at(), h.by(), h.outcome(), List.of()))
                            .toList(), v.openedAt()));
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(RecognitionCaseView.COLLECTION);
    }

    private void update(String caseId, UnaryOperator<RecognitionCaseView> change) {
        RecognitionCaseView view = mongo.findById(caseId, RecognitionCaseView.class);
        if (view != null) {
            mongo.save(change.apply(view));
        }
    }

    private static List<HistoryEntry> append(RecognitionCaseView view, HistoryEntry entry) {
        List<HistoryEntry> history = new ArrayList<>(view.history());
        history.add(entry);
        return history;
    }

    @Override
    public Optional<RecognitionCaseView> find(String caseId) {
        return Optional.ofNullable(mongo.findById(caseId, RecognitionCaseView.class));
    }

    @Override
    public List<RecognitionCaseView> ofPerson(String personId) {
        return mongo.find(new Query(Criteria.where("personId").is(personId)).with(Sort.by("openedAt", "caseId")),
                RecognitionCaseView.class);
    }

    @Override
    public List<RecognitionCaseView> ofDestination(String country, String status, int page, int size) {
        Query query = new Query(Criteria.where("destinationCountry").is(country));
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return mongo.find(query.with(PageRequest.of(page, size, Sort.by("openedAt", "caseId"))),
                RecognitionCaseView.class);
    }

    @Override
    public long countOfDestination(String country, String status) {
        Query query = new Query(Criteria.where("destinationCountry").is(country));
        if (status != null) {
            query.addCriteria(Criteria.where("status").is(status));
        }
        return mongo.count(query, RecognitionCaseView.class);
    }
}
