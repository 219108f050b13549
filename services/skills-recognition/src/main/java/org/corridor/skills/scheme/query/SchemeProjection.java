package org.corridor.skills.scheme.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Keeps the {@code schemes} read model. Replayable: writes are upserts keyed by scheme id. */
@Component
@ProcessingGroup(SchemeProjection.PROCESSING_GROUP)
public class SchemeProjection {

    public static final String PROCESSING_GROUP = "scheme-projection";

    private final MongoTemplate mongo;

    public SchemeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SchemeDefined event, EventMessage<?> message) {
        mongo.save(new SchemeView(event.schemeId().value(), event.name(), event.origin().value(),
                event.destination().value(), event.trainingStandard(),
                event.occupations().stream().map(o -> new SchemeView.OccupationView(o.code().value(), o.title(),
                        o.monthlyWageFloor().amount().toPlainString(), o.monthlyWageFloor().currency())).toList(),
                event.quotas().stream().map(q -> new SchemeView.QuotaView(q.track().name(), q.places())).toList(),
                message.getTimestamp(), (String) message.getMetaData().get(AuditMetadata.USER_ID)));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(SchemeView.COLLECTION);
    }

    public Optional<SchemeView> find(String schemeId) {
        return Optional.ofNullable(mongo.findById(schemeId, SchemeView.class));
    }

    public List<SchemeView> list(int page, int size) {
        return mongo.find(new Query().with(PageRequest.of(page, size, Sort.by("schemeId"))), SchemeView.class);
    }

    public long count() {
        return mongo.count(new Query(), SchemeView.class);
    }
}
