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
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the {@code job-orders} read model. The places a scheme's orders hold are not tallied here: the scheme's
 * intake quota aggregate holds them, consistently (ADR 0034).
 */
@Component
@ProcessingGroup("job-order-projection")
class JobOrderProjection implements JobOrders, JobOrderListing {

    private final MongoTemplate mongo;

    JobOrderProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(JobOrderOpened event, EventMessage<?> message) {
        mongo.save(new JobOrderView(event.jobOrderId(), event.employerId(), event.terms().schemeId(),
                event.terms().iscoCode(), JobOrderStatus.OPEN, event.terms(), List.of(), message.getTimestamp()));
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
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(JobOrderView.COLLECTION);
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

    @Override
    public List<String> employersInScheme(String schemeId) {
        Query query = Query.query(Criteria.where("schemeId").is(schemeId));
        query.fields().include("employerId");
        return mongo.find(query, org.bson.Document.class, JobOrderView.COLLECTION).stream()
                .map(d -> d.getString("employerId")).distinct().sorted().toList();
    }

    @Override
    public Set<String> schemesOf(String employerId) {
        Query query = Query.query(Criteria.where("employerId").is(employerId));
        query.fields().include("schemeId");
        return mongo.find(query, org.bson.Document.class, JobOrderView.COLLECTION).stream()
                .map(d -> d.getString("schemeId")).collect(Collectors.toSet());
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
