package org.corridor.skills.trainee.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.corridor.skills.trainee.api.ModuleCompleted;
import org.corridor.skills.trainee.api.SkillAssessed;
import org.corridor.skills.trainee.api.TraineeErased;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/** One document per trainee with the modules they completed and the skills assessed, appended with $push. */
@Component
@ProcessingGroup(TraineeProjection.PROCESSING_GROUP)
class TrainingRecordProjection implements TrainingQueries {

    static final String COLLECTION = "training-records";

    private final MongoTemplate mongo;

    TrainingRecordProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ModuleCompleted e) {
        push(e.personId().value(), "modules", new Document("moduleCode", e.moduleCode()).append("title", e.title())
                .append("completedOn", e.completedOn().toString()).append("provider", e.provider()));
    }

    @EventHandler
    void on(SkillAssessed e) {
        push(e.personId().value(), "assessments", new Document("skillCode", e.skillCode()).append("level", e.level())
                .append("assessor", e.assessor()).append("assessedOn", e.assessedOn().toString())
                .append("evidenceReference", e.evidenceReference()).append("provider", e.provider()));
    }

    @EventHandler
    void on(TraineeErased e) {
        mongo.remove(new Query(Criteria.where("_id").is(e.personId().value())), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    private void push(String personId, String list, Document entry) {
        mongo.upsert(new Query(Criteria.where("_id").is(personId)), new Update().push(list, entry), COLLECTION);
    }

    @Override
    public Map<String, Object> of(String personId) {
        Document record = mongo.findById(personId, Document.class, COLLECTION);
        return Map.of("modules", record == null ? List.of() : record.getList("modules", Document.class, List.of()),
                "assessments", record == null ? List.of() : record.getList("assessments", Document.class, List.of()));
    }
}
