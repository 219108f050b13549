package org.corridor.matching.joborder.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.matching.joborder.api.JobOrderAmended;
import org.corridor.matching.joborder.api.JobOrderAmendmentRefused;
import org.corridor.matching.joborder.api.JobOrderOpened;
import org.corridor.matching.joborder.api.JobOrderRefused;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderStatusChanged;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Keeps the {@code job-orders} read model and, per scheme and intake year, the positions its orders hold (a
 * summary document read by id, see ADR 0031).
 */
@Component
@ProcessingGroup("job-order-projection")
class JobOrderProjection implements JobOrders, JobOrderListing {

    static final String QUOTA_USAGE = "job-order-quota-usage";

    private final MongoTemplate mongo;

    JobOrderProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(JobOrderOpened event, EventMessage<?> message) {
        mongo.save(new JobOrderView(event.jobOrderId(), event.employerId(), event.terms().schemeId(),
                event.terms().iscoCode(), JobOrderStatus.OPEN, event.terms(), List.of(), message.getTimestamp()));
        take(event.terms().schemeId(), event.terms().intakeYear(), event.terms().positions());
    }

    @EventHandler
    void on(JobOrderRefused event, EventMessage<?> message) {
        mongo.save(new JobOrderView(event.jobOrderId(), event.employerId(), event.terms().schemeId(),
                event.terms().iscoCode(), JobOrderStatus.REFUSED, event.terms(), event.breaches(),
                message.getTimestamp()));
    }

    @EventHandler
    void on(JobOrderAmended event, EventMessage<?> message) {
        JobOrderView held = mongo.findById(event.jobOrderId(), JobOrderView.class);
        if (event.previous() != null && event.statusBefore() != JobOrderStatus.REFUSED) {
            take(event.previous().schemeId(), event.previous().intakeYear(), -event.previous().positions());
        }
        take(event.terms().schemeId(), event.terms().intakeYear(), event.terms().positions());
        JobOrderStatus status = held == null || held.status() == JobOrderStatus.REFUSED ? JobOrderStatus.OPEN
                : held.status();
        mongo.save(new JobOrderView(event.jobOrderId(), event.employerId(), event.terms().schemeId(),
                event.terms().iscoCode(), status, event.terms(), List.of(), message.getTimestamp()));
    }

    @EventHandler
    void on(JobOrderAmendmentRefused event, EventMessage<?> message) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.jobOrderId())),
                new Update().set("lastRefusal", event.breaches()).set("updatedAt", message.getTimestamp()),
                JobOrderView.class);
    }

    @EventHandler
    void on(JobOrderStatusChanged event, EventMessage<?> message) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(event.jobOrderId())),
                new Update().set("status", event.to()).set("updatedAt", message.getTimestamp()), JobOrderView.class);
        if (event.to() == JobOrderStatus.CLOSED && event.from() != JobOrderStatus.REFUSED) {
            take(event.schemeId(), event.intakeYear(), -event.positions());
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(JobOrderView.COLLECTION);
        mongo.dropCollection(QUOTA_USAGE);
    }

    private void take(String schemeId, int intakeYear, int positions) {
        mongo.upsert(Query.query(Criteria.where("_id").is(quotaKey(schemeId, intakeYear))),
                new Update().inc("positions", positions), QUOTA_USAGE);
    }

    static String quotaKey(String schemeId, int intakeYear) {
        return schemeId + "/" + intakeYear;
    }

    int positionsTaken(String schemeId, int intakeYear) {
        org.bson.Document usage = mongo.findById(quotaKey(schemeId, intakeYear), org.bson.Document.class, QUOTA_USAGE);
        return usage == null ? 0 : ((Number) usage.get("positions")).intValue();
    }

    @Override
    public Optional<JobOrderView> find(String jobOrderId) {
        return Optional.ofNullable(mongo.findById(jobOrderId, JobOrderView.class));
    }

    @Override
    public List<JobOrderView> openInScheme(String schemeId) {
        return mongo.find(Query.query(Criteria.where("schemeId").is(schemeId).and("status").is(JobOrderStatus.OPEN))
                .with(Sort.by("_id")), JobOrderView.class);
    }

    @Override
    public List<JobOrderView> list(String employerId, String schemeId, int page, int size) {
        return mongo.find(filter(employerId, schemeId).with(PageRequest.of(page, size, Sort.by("_id"))),
                JobOrderView.class);
    }

    @Override
    public long count(String employerId, String schemeId) {
        return mongo.count(filter(employerId, schemeId), JobOrderView.class);
    }

    private static Query filter(String employerId, String schemeId) {
        Criteria criteria = new Criteria();
        if (employerId != null) {
            criteria = criteria.and("employerId").is(employerId);
        }
        if (schemeId != null) {
            criteria = criteria.and("schemeId").is(schemeId);
        }
        return Query.query(criteria);
    }
}
