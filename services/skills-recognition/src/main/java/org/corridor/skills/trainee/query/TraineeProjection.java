package org.corridor.skills.trainee.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.skills.trainee.api.ConsentPurpose;
import org.corridor.skills.trainee.api.ConsentWithdrawn;
import org.corridor.skills.trainee.api.TraineeEnrolled;
import org.corridor.skills.trainee.api.TraineeErased;
import org.corridor.skills.trainee.api.TraineePlaced;
import org.corridor.skills.trainee.api.TrackSwitched;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the {@code trainees} read model and, per scheme, one summary document of counts by stage, track and
 * gender, updated with {@code $inc} and read by id. Replayable: the reset drops both.
 *
 * <p><b>Written once per batch.</b> The tracking processor hands this projection up to
 * {@code corridor.event-store.processor-batch-size} events in one unit of work. What they change is gathered there
 * ({@link Writes}: the newest view of each trainee, the counts added up per scheme) and written when the unit of work
 * prepares its commit, before the batch's token is stored: one bulk write of the views and one update of counts per
 * scheme, where an import of 64 enrolments otherwise made 128 writes. A handler that reads a trainee reads the
 * batch's own newest view first. The in-memory search index is given the views once they are written, so a search
 * never counts a trainee the read model does not hold yet. A batch that fails writes nothing of what it gathered and
 * is handled again from its first event.
 */
@Component
@ProcessingGroup(TraineeProjection.PROCESSING_GROUP)
class TraineeProjection implements TraineeQueries {

    static final String PROCESSING_GROUP = "trainee-projection";
    static final String COUNTS = "trainee-counts";
    static final int SMALLEST_SHOWN_COUNT = 5;
    static final String SUPPRESSED = "suppressed";

    private final MongoTemplate mongo;
    private final TraineeSearchIndex index;

    /** With {@code index}, searches are answered from it; without, by queries on {@code trainees} (ADR 0025). */
    TraineeProjection(MongoTemplate mongo, Optional<TraineeSearchIndex> index) {
        this.mongo = mongo;
        this.index = index.orElse(null);
    }

    @EventHandler
    void on(TraineeEnrolled event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.USER_ID) String userId) {
        var d = event.details();
        String gender = d == null || d.gender() == null ? "NOT_DECLARED" : d.gender().name();
        save(new TraineeView(event.personId().value(), event.schemeId().value(), event.enrollingOrganisation(),
                event.trainingProvider(), event.originCountry().value(), event.track().name(), event.intakeYear(),
                event.occupation() == null ? null : event.occupation().value(), "ENROLLED",
                d == null ? null : d.fullName(), d == null || d.birthDate() == null ? null : d.birthDate().toString(),
                d == null ? null : d.phone(), d == null ? null : d.email(), gender,
                event.languages().stream().map(l -> l.language() + ":" + l.level()).toList(),
                event.consent().purposes().stream().map(Enum::name).sorted().toList(), at, userId));
        count(event.schemeId().value(), Map.of("stage.ENROLLED", 1, "track." + event.track(), 1,
                "gender." + gender, 1));
    }

    @EventHandler
    void on(ConsentWithdrawn event) {
        TraineeView view = view(event.personId().value());
        if (view == null) {
            return;
        }
        boolean left = !event.remaining().contains(ConsentPurpose.TRAINING);
        String status = left ? "WITHDRAWN" : view.status();
        save(view.with(status, view.track(), event.remaining().stream().map(Enum::name).sorted().toList()));
        if (left && !status.equals(view.status())) {
            count(view.schemeId(), Map.of("stage." + view.status(), -1, "stage.WITHDRAWN", 1));
        }
    }

    @EventHandler
    void on(TrackSwitched event) {
        TraineeView view = view(event.personId().value());
        if (view != null) {
            save(view.with(view.status(), event.to().name(), view.consent()));
            count(view.schemeId(), Map.of("track." + event.from(), -1, "track." + event.to(), 1));
        }
    }

    @EventHandler
    void on(TraineePlaced event) {
        TraineeView view = view(event.personId().value());
        if (view != null && !"PLACED".equals(view.status())) {
            save(view.with("PLACED", view.track(), view.consent()));
            count(view.schemeId(), Map.of("stage." + view.status(), -1, "stage.PLACED", 1));
        }
    }

    @EventHandler
    void on(TraineeErased event) {
        TraineeView view = view(event.personId().value());
        if (view != null) {
            save(view.erased());
        }
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(TraineeView.COLLECTION);
        mongo.dropCollection(COUNTS);
        if (index != null) {
            index.clear();
        }
    }

    /** The trainee as this batch left them, or as the read model holds them. */
    private TraineeView view(String personId) {
        Writes writes = writes();
        TraineeView pending = writes == null ? null : writes.views.get(personId);
        return pending != null ? pending : mongo.findById(personId, TraineeView.class);
    }

    private void save(TraineeView view) {
        Writes writes = writes();
        if (writes != null) {
            writes.views.put(view.personId(), view);
        } else {
            write(List.of(view), Map.of());
        }
    }

    private void count(String schemeId, Map<String, Integer> changes) {
        Writes writes = writes();
        if (writes != null) {
            Map<String, Integer> cells = writes.counts.computeIfAbsent(schemeId, id -> new HashMap<>());
            changes.forEach((cell, change) -> cells.merge(cell, change, Integer::sum));
        } else {
            write(List.of(), Map.of(schemeId, changes));
        }
    }

    /** The writes gathered in the current unit of work, written as it prepares its commit; null outside one. */
    private Writes writes() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(Writes.class.getName(), key -> {
            Writes writes = new Writes();
            unitOfWork.onPrepareCommit(committing -> write(writes.views.values(), writes.counts));
            return writes;
        });
    }

    private void write(Collection<TraineeView> views, Map<String, Map<String, Integer>> counts) {
        if (!views.isEmpty()) {
            BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, TraineeView.class);
            views.forEach(view -> bulk.replaceOne(new Query(Criteria.where("_id").is(view.personId())), view,
                    FindAndReplaceOptions.options().upsert()));
            bulk.execute();
        }
        counts.forEach((schemeId, cells) -> {
            Update update = new Update();
            cells.forEach((cell, change) -> {
                if (change != 0) {
                    update.inc(cell, change);
                }
            });
            if (!update.getUpdateObject().isEmpty()) {
                mongo.upsert(new Query(Criteria.where("_id").is(schemeId)), update, COUNTS);
            }
        });
        if (index != null) {
            views.forEach(index::put);
        }
    }

    /** What one batch changes: the newest view of each trainee, and the counts added up per scheme and cell. */
    private static final class Writes {
        final Map<String, TraineeView> views = new LinkedHashMap<>();
        final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    }

    @Override
    public Optional<TraineeView> find(String personId) {
        return Optional.ofNullable(mongo.findById(personId, TraineeView.class));
    }

    @Override
    public List<TraineeView> search(TraineeSearch search, int page, int size) {
        if (index != null) {
            List<String> ids = index.page(search, page, size);
            Map<String, TraineeView> found = new HashMap<>();
            mongo.find(new Query(Criteria.where("_id").in(ids)), TraineeView.class)
                    .forEach(view -> found.put(view.personId(), view));
            // a trainee changed between the two reads is shown as it is now, in the place the index gave it
            return ids.stream().map(found::get).filter(Objects::nonNull).toList();
        }
        Sort sort = switch (search.sort() == null ? "enrolledAt" : search.sort()) {
            case "name" -> Sort.by("fullName", "personId");
            case "-enrolledAt" -> Sort.by(Sort.Direction.DESC, "enrolledAt").and(Sort.by("personId"));
            default -> Sort.by("enrolledAt", "personId");
        };
        return mongo.find(query(search).with(PageRequest.of(page, size, sort)), TraineeView.class);
    }

    @Override
    public long count(TraineeSearch search) {
        if (index != null) {
            return index.count(search);
        }
        return mongo.count(query(search), TraineeView.class);
    }

    @Override
    public Map<String, Map<String, Object>> countsOf(String schemeId, boolean suppressSmallCells) {
        Document counts = mongo.findById(schemeId, Document.class, COUNTS);
        Map<String, Map<String, Object>> result = new LinkedHashMap<>();
        for (String dimension : List.of("stage", "track", "gender")) {
            Map<String, Object> cells = new LinkedHashMap<>();
            Document values = counts == null ? null : counts.get(dimension, Document.class);
            if (values != null) {
                values.forEach((cell, n) -> {
                    int value = ((Number) n).intValue();
                    if (value > 0) {
                        cells.put(cell, suppressSmallCells && value < SMALLEST_SHOWN_COUNT ? SUPPRESSED : value);
                    }
                });
            }
            result.put(dimension, cells);
        }
        return result;
    }

    private static Query query(TraineeSearch s) {
        Query query = new Query();
        eq(query, "enrollingOrganisation", s.enrollingOrganisation());
        eq(query, "trainingProvider", s.trainingProvider());
        eq(query, "schemeId", s.schemeId());
        eq(query, "status", s.status());
        eq(query, "track", s.track());
        eq(query, "iscoCode", s.iscoCode());
        if (s.name() != null && !s.name().isBlank()) {
            query.addCriteria(Criteria.where("fullName").regex(Pattern.quote(s.name().strip()), "i"));
        }
        return query;
    }

    private static void eq(Query query, String field, String value) {
        if (value != null) {
            query.addCriteria(Criteria.where(field).is(value));
        }
    }
}
