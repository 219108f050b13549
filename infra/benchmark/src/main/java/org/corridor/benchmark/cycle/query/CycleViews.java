package org.corridor.benchmark.cycle.query;

import org.axonframework.eventhandling.EventMessage;
import org.corridor.benchmark.cycle.api.AggregateKind;
import org.corridor.benchmark.cycle.api.CycleEvents.Opened;
import org.corridor.benchmark.cycle.api.CycleEvents.Progressed;
import org.corridor.benchmark.measure.ProjectionLag;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Writes and reads the cycle's read models. Writes are keyed by aggregate id (a replace on opening, a
 * {@code $set} on each stage), so a replay converges, as the services' projections must.
 */
@Component
public class CycleViews {

    private final MongoTemplate mongo;
    private final ProjectionLag lag;

    CycleViews(MongoTemplate mongo, ProjectionLag lag) {
        this.mongo = mongo;
        this.lag = lag;
    }

    void opened(Opened event, EventMessage<?> message) {
        mongo.save(CycleView.of(event, message.getTimestamp()), event.kind().collection());
        lag.projected(message);
    }

    void progressed(Progressed event, EventMessage<?> message) {
        mongo.updateFirst(query(where("_id").is(event.aggregateId())),
                new Update().set("stage", event.stage()).set("stageNumber", event.stageNumber())
                        .set("updatedAt", message.getTimestamp()),
                event.kind().collection());
        lag.projected(message);
    }

    /** Writes many views at once, for a fill that bypasses the projections. */
    public void insertAll(AggregateKind kind, java.util.List<CycleView> views) {
        mongo.insert(views, kind.collection());
    }

    void drop(AggregateKind... kinds) {
        for (AggregateKind kind : kinds) {
            mongo.dropCollection(kind.collection());
        }
    }

    public Optional<CycleView> find(AggregateKind kind, String aggregateId) {
        return Optional.ofNullable(mongo.findById(aggregateId, CycleView.class, kind.collection()));
    }
}
