package org.corridor.matching.allocation.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.corridor.kernel.audit.AuditMetadata;
import org.corridor.kernel.privacy.PersonalDataErased;
import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.allocation.api.PreferencesStated;
import org.corridor.matching.allocation.command.AllocationSources;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.query.JobOrderView;
import org.corridor.matching.joborder.query.JobOrders;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Keeps candidates' preferences and allocation runs, and gives allocations what they read. */
@Component
@ProcessingGroup("allocation-projection")
public class AllocationProjection implements AllocationSources {

    private final MongoTemplate mongo;
    private final CandidatePool pool;
    private final JobOrders jobOrders;

    AllocationProjection(MongoTemplate mongo, CandidatePool pool, JobOrders jobOrders) {
        this.mongo = mongo;
        this.pool = pool;
        this.jobOrders = jobOrders;
    }

    @EventHandler
    void on(PreferencesStated event) {
        mongo.save(new PreferencesDocument(event.personId(), event.schemeId(), event.jobOrderIds()));
    }

    @EventHandler
    void on(AllocationRecorded event, EventMessage<?> message) {
        mongo.save(new AllocationRunView(event.runId(), event.schemeId(), message.getTimestamp(),
                (String) message.getMetaData().get(AuditMetadata.USER_ID), event.tieBreak(), event.orders(),
                event.candidates(), event.assignments(), event.unassigned()));
    }

    /** The erased person's ranked list is gone with the person (a replay stops here too). */
    @EventHandler
    void on(PersonalDataErased event) {
        forget(event.subjectId());
    }

    /** Removes the person's stated preferences; whether there were any. */
    public boolean forget(String personId) {
        return mongo.remove(Query.query(Criteria.where("_id").is(personId)), PreferencesDocument.class)
                .getDeletedCount() > 0;
    }

    /**
     * The runs the person took part in, oldest first. A scan: runs are few (one per scheme and round), and only a
     * person's own record asks this.
     */
    public List<AllocationRunView> runsWith(String personId) {
        return mongo.find(Query.query(Criteria.where("candidates.personId").is(personId)), AllocationRunView.class)
                .stream().sorted(java.util.Comparator.comparing(AllocationRunView::ranAt)).toList();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(PreferencesDocument.COLLECTION);
        mongo.dropCollection(AllocationRunView.COLLECTION);
    }

    public Optional<AllocationRunView> run(String runId) {
        return Optional.ofNullable(mongo.findById(runId, AllocationRunView.class));
    }

    public Optional<List<String>> preferencesOf(String personId) {
        return Optional.ofNullable(mongo.findById(personId, PreferencesDocument.class))
                .map(PreferencesDocument::jobOrderIds);
    }

    @Override
    public Optional<CandidateProfile> candidate(String personId) {
        return pool.find(personId);
    }

    @Override
    public Collection<CandidateProfile> candidatesInScheme(String schemeId) {
        return pool.inScheme(schemeId);
    }

    @Override
    public List<OpenOrder> openOrders(String schemeId) {
        return jobOrders.openInScheme(schemeId).stream()
                .map(o -> new OpenOrder(o.requirements(), o.terms().positions())).toList();
    }

    @Override
    public Optional<OpenOrder> openOrder(String jobOrderId) {
        return jobOrders.find(jobOrderId).filter(o -> o.status() == JobOrderStatus.OPEN)
                .map(o -> new OpenOrder(o.requirements(), o.terms().positions()));
    }

    @Override
    public Map<String, List<String>> preferences(String schemeId) {
        Map<String, List<String>> preferences = new LinkedHashMap<>();
        mongo.find(Query.query(Criteria.where("schemeId").is(schemeId)), PreferencesDocument.class)
                .forEach(p -> preferences.put(p.personId(), p.jobOrderIds()));
        return preferences;
    }

    /** The scheme's open job orders a candidate could list. */
    public List<JobOrderView> eligibleFor(CandidateProfile candidate) {
        return jobOrders.openInScheme(candidate.schemeId()).stream()
                .filter(o -> o.iscoCode().equals(candidate.iscoCode())).toList();
    }
}
