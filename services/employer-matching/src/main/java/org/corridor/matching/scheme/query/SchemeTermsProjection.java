package org.corridor.matching.scheme.query;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** Keeps scheme terms as skills-recognition publishes them; an older version never overwrites a newer one. */
@Component
public class SchemeTermsProjection {

    private final MongoTemplate mongo;

    public SchemeTermsProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void record(SchemeTerms terms) {
        SchemeTerms held = mongo.findById(terms.schemeId(), SchemeTerms.class);
        if (held == null || held.version() <= terms.version()) {
            mongo.save(terms);
        }
    }

    /** A scheme closed: its terms stay readable, marked closed, unless a newer version is already held. */
    public void close(String schemeId, String reason, long version) {
        SchemeTerms held = mongo.findById(schemeId, SchemeTerms.class);
        if (held != null && held.version() < version) {
            mongo.save(new SchemeTerms(held.schemeId(), held.name(), held.originCountry(), held.destinationCountry(),
                    held.occupations(), held.quotas(), held.benchmarkWages(), held.administeringOrganisation(),
                    held.lastAmendment(), true, reason, version, held.definedAt()));
        }
    }

    public Optional<SchemeTerms> find(String schemeId) {
        return Optional.ofNullable(mongo.findById(schemeId, SchemeTerms.class));
    }

    public List<SchemeTerms> list(String destinationCountry, int page, int size) {
        Query query = destinationCountry == null ? new Query()
                : Query.query(Criteria.where("destinationCountry").is(destinationCountry));
        return mongo.find(query.with(PageRequest.of(page, size, Sort.by("schemeId"))), SchemeTerms.class);
    }

    public long count(String destinationCountry) {
        Query query = destinationCountry == null ? new Query()
                : Query.query(Criteria.where("destinationCountry").is(destinationCountry));
        return mongo.count(query, SchemeTerms.class);
    }
}
