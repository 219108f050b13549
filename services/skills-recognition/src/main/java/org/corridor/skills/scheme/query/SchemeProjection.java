package org.corridor.skills.scheme.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.skills.scheme.api.SchemeAmended;
import org.corridor.skills.scheme.api.SchemeClosed;
import org.corridor.skills.scheme.api.SchemeDefined;
import org.corridor.skills.scheme.api.SchemeTerms;
import org.corridor.skills.scheme.query.SchemeView.BenchmarkView;
import org.corridor.skills.scheme.query.SchemeView.OccupationView;
import org.corridor.skills.scheme.query.SchemeView.QuotaView;
import org.corridor.skills.scheme.query.SchemeView.SkillView;
import org.corridor.skills.scheme.query.SchemeView.VersionView;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Keeps the {@code schemes} read model. Replayable: each event rewrites the scheme's document by id. */
@Component
@ProcessingGroup(SchemeProjection.PROCESSING_GROUP)
class SchemeProjection implements SchemeQueries {

    static final String PROCESSING_GROUP = "scheme-projection";

    private final MongoTemplate mongo;

    SchemeProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SchemeDefined event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String userId) {
        SchemeTerms t = event.terms();
        VersionView first = version(0, LocalDate.ofInstant(at, ZoneOffset.UTC).toString(), "defined", at, userId, t);
        mongo.save(new SchemeView(event.schemeId().value(), event.administeringOrganisation(), "OPEN", t.name(),
                t.origin().value(), t.destination().value(), t.trainingStandard(), first.occupations(),
                first.quotas(), first.benchmarkWages(), List.of(first), null, null, at, userId));
    }

    @EventHandler
    void on(SchemeAmended event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String userId) {
        SchemeView view = mongo.findById(event.schemeId().value(), SchemeView.class);
        SchemeTerms t = event.terms();
        VersionView next = version(event.amendment(), event.effectiveFrom().toString(), event.reason(), at, userId, t);
        List<VersionView> versions = new ArrayList<>(view.versions().stream()
                .filter(v -> v.version() != event.amendment()).toList());
        versions.add(next);
        mongo.save(new SchemeView(view.schemeId(), view.administeringOrganisation(), view.status(), t.name(),
                view.originCountry(), view.destinationCountry(), t.trainingStandard(), next.occupations(),
                next.quotas(), next.benchmarkWages(), versions, view.closedOn(), view.closeReason(), view.definedAt(),
                view.definedBy()));
    }

    @EventHandler
    void on(SchemeClosed event) {
        SchemeView v = mongo.findById(event.schemeId().value(), SchemeView.class);
        mongo.save(new SchemeView(v.schemeId(), v.administeringOrganisation(), "CLOSED", v.name(), v.originCountry(),
                v.destinationCountry(), v.trainingStandard(), v.occupations(), v.quotas(), v.benchmarkWages(),
                v.versions(), event.closedOn().toString(), event.reason(), v.definedAt(), v.definedBy()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(SchemeView.COLLECTION);
    }

    private static VersionView version(int number, String effectiveFrom, String reason, Instant at, String userId,
                                       SchemeTerms t) {
        return new VersionView(number, effectiveFrom, reason, at, userId, t.name(), t.trainingStandard(),
                t.occupations().stream().map(o -> new OccupationView(o.code().value(), o.title(),
                        o.monthlyWageFloor().amount().toPlainString(), o.monthlyWageFloor().currency(),
                        o.requiredSkills().stream().map(s -> new SkillView(s.skillCode(), s.label(), s.level()))
                                .toList())).toList(),
                t.quotas().stream().map(q -> new QuotaView(q.track().name(), q.places(), q.intakeYear())).toList(),
                t.benchmarkWages().stream().map(b -> new BenchmarkView(b.code().value(), b.region(),
                        b.monthlyWage().amount().toPlainString(), b.monthlyWage().currency())).toList());
    }

    @Override
    public Optional<SchemeView> find(String schemeId) {
        return Optional.ofNullable(mongo.findById(schemeId, SchemeView.class));
    }

    @Override
    public Optional<VersionView> termsOn(String schemeId, LocalDate day) {
        return find(schemeId).flatMap(view -> view.versions().stream()
                .filter(v -> !LocalDate.parse(v.effectiveFrom()).isAfter(day) || v.version() == 0)
                .max(Comparator.comparingInt(VersionView::version)));
    }

    @Override
    public List<SchemeView> list(SchemeFilter filter, int page, int size) {
        return mongo.find(query(filter).with(PageRequest.of(page, size, Sort.by("schemeId"))), SchemeView.class);
    }

    @Override
    public long count(SchemeFilter filter) {
        return mongo.count(query(filter), SchemeView.class);
    }

    private static Query query(SchemeFilter filter) {
        Query query = new Query();
        if (filter.administeringOrganisation() != null) {
            query.addCriteria(Criteria.where("administeringOrganisation").is(filter.administeringOrganisation()));
        }
        if (filter.originCountry() != null) {
            query.addCriteria(Criteria.where("originCountry").is(filter.originCountry()));
        }
        if (filter.destinationCountry() != null) {
            query.addCriteria(Criteria.where("destinationCountry").is(filter.destinationCountry()));
        }
        return query;
    }
}
