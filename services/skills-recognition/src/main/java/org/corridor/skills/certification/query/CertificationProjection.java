package org.corridor.skills.certification.query;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.corridor.skills.certification.api.SkillsCertified;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keeps {@code skills-certifications}, one document per answered request, so that a person's record lists their
 * certifications. It holds skill codes, levels and reasons, nothing that names the person but their id.
 */
@Component
@ProcessingGroup("certification-projection")
class CertificationProjection implements CertificationQueries {

    static final String COLLECTION = "skills-certifications";

    private final MongoTemplate mongo;

    CertificationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(SkillsCertified e) {
        mongo.save(new Document("_id", e.requestId()).append("personId", e.personId().value())
                .append("returnCaseId", e.returnCaseId()).append("outcome", e.outcome().name())
                .append("certifiedSkills", e.certified().stream().map(s -> new Document("skillCode", s.skillCode())
                        .append("label", s.label()).append("level", s.level())).toList())
                .append("reasons", e.reasons()).append("decidedOn", e.decidedOn().toString()), COLLECTION);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(COLLECTION);
    }

    @Override
    public List<Map<String, Object>> ofPerson(String personId) {
        List<Map<String, Object>> result = new ArrayList<>();
        mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("decidedOn", "_id")),
                Document.class, COLLECTION).forEach(d -> {
            Document shown = new Document("requestId", d.get("_id"));
            d.forEach((field, value) -> {
                if (!field.equals("_id")) {
                    shown.append(field, value);
                }
            });
            result.add(shown);
        });
        return result;
    }
}
