package org.corridor.permits.application.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationApproved;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationLodged;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationOpened;
import org.corridor.permits.application.api.ApplicationEvents.ApplicationRefused;
import org.corridor.permits.application.api.ApplicationEvents.DocumentReceived;
import org.corridor.permits.application.api.ApplicationEvents.DocumentRejected;
import org.corridor.permits.application.api.ApplicationEvents.DocumentVerified;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationDecisionReceived;
import org.corridor.permits.application.api.ApplicationEvents.ImmigrationStatusReported;
import org.corridor.permits.application.api.ApplicationEvents.LodgementRequested;
import org.corridor.permits.application.api.ApplicationEvents.PermitAmended;
import org.corridor.permits.application.api.ApplicationEvents.PermitDeadlineRaised;
import org.corridor.permits.application.api.ApplicationEvents.PermitEnded;
import org.corridor.permits.application.api.ApplicationEvents.PermitIssued;
import org.corridor.permits.application.api.ApplicationEvents.PermitRenewed;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsAdded;
import org.corridor.permits.application.api.ApplicationEvents.PersonalDetailsErased;
import org.corridor.permits.application.api.ApplicationStatus;
import org.corridor.permits.application.api.DocumentState;
import org.corridor.permits.application.api.RemoteDecisionResolution;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Keeps the {@code permit-applications} read model, and the decision-time and gender counts beside it. Replayable:
 * every write is an update of one document by id.
 */
@Component
@ProcessingGroup(ApplicationProjection.PROCESSING_GROUP)
class ApplicationProjection implements PermitApplications {

    static final String PROCESSING_GROUP = "permit-applications";

    private final MongoTemplate mongo;
    private final PermitStatistics statistics;

    ApplicationProjection(MongoTemplate mongo, PermitStatistics statistics) {
        this.mongo = mongo;
        this.statistics = statistics;
    }

    @EventHandler
    void on(ApplicationOpened event, @Timestamp Instant at) {
        Update update = new Update()
                .set("placementId", event.placementId()).set("personId", event.personId())
                .set("schemeId", event.schemeId()).set("employerId", event.employerId())
                .set("jobOrderId", event.jobOrderId()).set("post", event.post())
                .set("permitType", event.permitType()).set("originCountry", event.originCountry())
                .set("destinationCountry", event.destinationCountry())
                .set("status", ApplicationStatus.OPEN.name()).set("openedAt", at)
                .set("personalDetailsAdded", false).set("personalDetailsErased", false);
        event.requiredDocuments().forEach(d -> update.set("checklist." + d.name(), DocumentState.MISSING.name()));
        upsert(event.applicationId(), update);
    }

    @EventHandler
    void on(PersonalDetailsAdded event) {
        ApplicationView view = mongo.findById(event.applicationId(), ApplicationView.class);
        upsert(event.applicationId(), new Update().set("personalDetailsAdded", true));
        if (view != null) {
            statistics.declareGender(event.applicationId(), view.schemeId(), event.gender());
        }
    }

    /** The document stays, and so do the counts; what identified the worker goes. */
    @EventHandler
    void on(PersonalDetailsErased event) {
        upsert(event.applicationId(), new Update().set("personalDetailsAdded", false)
                .set("personalDetailsErased", true).unset("permitNumber").unset("rejectionReasons")
                .unset("refusalReasons"));
        statistics.forgetDeclaration(event.applicationId());
    }

    @EventHandler
    void on(DocumentReceived event) {
        upsert(event.applicationId(), new Update().set("checklist." + event.document(), DocumentState.RECEIVED.name())
                .unset("rejectionReasons." + event.document()));
    }

    @EventHandler
    void on(DocumentVerified event) {
        upsert(event.applicationId(), new Update().set("checklist." + event.document(), DocumentState.VERIFIED.name()));
    }

    @EventHandler
    void on(DocumentRejected event) {
        upsert(event.applicationId(), new Update().set("checklist." + event.document(), DocumentState.REJECTED.name())
                .set("rejectionReasons." + event.document(), event.reasonAsRecorded()));
    }

    @EventHandler
    void on(LodgementRequested event, @Timestamp Instant at) {
        upsert(event.applicationId(), new Update().set("status", ApplicationStatus.LODGEMENT_PENDING.name())
                .set("lodgementRequestedAt", at)
                .set("lodgement", new ApplicationView.Lodgement(0, null, "queued", at)));
    }

    @EventHandler
    void on(ApplicationLodged event) {
        ApplicationView view = mongo.findById(event.applicationId(), ApplicationView.class);
        // The rounds that failed (reported by the adapter while pending) and the one that succeeded.
        int attempts = view == null || view.lodgement() == null ? 1 : view.lodgement().attempts() + 1;
        upsert(event.applicationId(), new Update().set("status", ApplicationStatus.LODGED.name())
                .set("caseReference", event.caseReference()).set("lodgedAt", event.lodgedAt())
                .set("decisionDueOn", event.decisionDueOn())
                .set("lodgement", new ApplicationView.Lodgement(attempts, event.lodgedAt(), "lodged", null)));
    }

    @EventHandler
    void on(ImmigrationStatusReported event) {
        upsert(event.applicationId(), new Update().set("immigrationCase.status", event.remoteStatus())
                .set("immigrationCase.reportedAt", event.reportedAt()));
    }

    @EventHandler
    void on(ImmigrationDecisionReceived event) {
        Update update = new Update().set("immigrationCase.status", event.outcome())
                .set("immigrationCase.reportedAt", event.reportedAt())
                .set("immigrationCase.resolution", event.resolution().name())
                .unset("immigrationCase.nextCheckAt");
        if (event.conflict() != null) {
            update.set("immigrationCase.conflict", event.conflict());
        }
        upsert(event.applicationId(), update);
    }

    @EventHandler
    void on(ApplicationApproved event, @Timestamp Instant at) {
        decided(event.applicationId(), at);
        upsert(event.applicationId(), new Update().set("status", ApplicationStatus.APPROVED.name())
                .set("decidedAt", at).set("validFrom", event.validFrom()).set("validUntil", event.validUntil()));
    }

    @EventHandler
    void on(ApplicationRefused event, @Timestamp Instant at) {
        decided(event.applicationId(), at);
        upsert(event.applicationId(), new Update().set("status", ApplicationStatus.REFUSED.name())
                .set("decidedAt", at).set("refusalReasons", event.reasonsAsRecorded()).set("appealBy", event.appealBy()));
    }

    @EventHandler
    void on(PermitIssued event) {
        ApplicationView view = mongo.findById(event.applicationId(), ApplicationView.class);
        Update update = new Update().set("status", ApplicationStatus.ISSUED.name());
        // On a rebuild after an erasure the number is not brought back.
        if (event.number() != null && (view == null || !view.detailsErased())) {
            update.set("permitNumber", event.number());
        }
        upsert(event.applicationId(), update);
    }

    @EventHandler
    void on(PermitAmended event) {
        upsert(event.applicationId(), new Update().set("employerId", event.newEmployerId())
                .set("jobOrderId", event.newJobOrderId()));
    }

    @EventHandler
    void on(PermitRenewed event) {
        upsert(event.applicationId(), new Update().set("validUntil", event.validUntil()));
    }

    @EventHandler
    void on(PermitDeadlineRaised event) {
        upsert(event.applicationId(), new Update().addToSet("deadlinesRaised", event.deadline() + " " + event.dueOn()));
    }

    @EventHandler
    void on(PermitEnded event) {
        upsert(event.applicationId(), new Update().set("status", ApplicationStatus.ENDED.name())
                .set("endReason", event.reason().name()).set("endedOn", event.endedOn()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ApplicationView.COLLECTION);
        statistics.reset();
    }

    private void decided(String applicationId, Instant decidedAt) {
        ApplicationView view = mongo.findById(applicationId, ApplicationView.class);
        if (view != null && view.lodgedAt() != null && view.decidedAt() == null) {
            statistics.recordDecision(view.schemeId(), view.post(), view.lodgedAt(), decidedAt);
        }
    }

    private void upsert(String applicationId, Update update) {
        mongo.upsert(Query.query(where("_id").is(applicationId)), update, ApplicationView.COLLECTION);
    }

    @Override
    public Optional<ApplicationView> find(String applicationId) {
        return Optional.ofNullable(mongo.findById(applicationId, ApplicationView.class));
    }

    @Override
    public List<ApplicationView> queue(String post, ApplicationStatus status, boolean conflictsOnly, QueueOrder order,
                                       int page, int size) {
        Sort sort = order == QueueOrder.DEADLINE
                ? Sort.by(Sort.Order.asc("decisionDueOn"), Sort.Order.asc("openedAt"))
                : Sort.by(Sort.Order.asc("openedAt"));
        return mongo.find(queueQuery(post, status, conflictsOnly).with(PageRequest.of(page, size, sort.and(Sort.by("_id")))),
                ApplicationView.class);
    }

    @Override
    public long countQueue(String post, ApplicationStatus status, boolean conflictsOnly) {
        return mongo.count(queueQuery(post, status, conflictsOnly), ApplicationView.class);
    }

    @Override
    public List<ApplicationView> ofPerson(String personId, int page, int size) {
        return mongo.find(Query.query(where("personId").is(personId))
                .with(PageRequest.of(page, size, Sort.by("openedAt", "_id"))), ApplicationView.class);
    }

    @Override
    public long countOfPerson(String personId) {
        return mongo.count(Query.query(where("personId").is(personId)), ApplicationView.class);
    }

    @Override
    public void recordLodgementAttempt(String applicationId, int attempts, Instant at, String outcome,
                                       Instant nextAttemptAt) {
        // Only while still pending: a late report never overwrites "lodged".
        mongo.updateFirst(Query.query(where("_id").is(applicationId)
                        .and("status").is(ApplicationStatus.LODGEMENT_PENDING.name())),
                new Update().set("lodgement", new ApplicationView.Lodgement(attempts, at, outcome, nextAttemptAt)),
                ApplicationView.COLLECTION);
    }

    @Override
    public void recordStatusCheck(String applicationId, Instant at, String outcome, Instant nextCheckAt) {
        // Only while the remote has not decided: a late report never brings back a next check.
        mongo.updateFirst(Query.query(where("_id").is(applicationId).and("immigrationCase.resolution").exists(false)),
                new Update().set("immigrationCase.lastCheckAt", at).set("immigrationCase.lastOutcome", outcome)
                        .set("immigrationCase.nextCheckAt", nextCheckAt),
                ApplicationView.COLLECTION);
    }

    private static Query queueQuery(String post, ApplicationStatus status, boolean conflictsOnly) {
        Criteria criteria = where("post").is(post);
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (conflictsOnly) {
            criteria = criteria.and("immigrationCase.resolution")
                    .is(RemoteDecisionResolution.CONFLICTS_WITH_RECORDED.name());
        }
        return Query.query(criteria);
    }
}
