package org.corridor.returns.grievance.query;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/** The grievance lists: a worker's own, a counsellor's caseload (their country), those against an employer. */
@Component
public class Grievances {

    private final MongoTemplate mongo;

    Grievances(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<GrievanceView> find(String grievanceId) {
        return Optional.ofNullable(mongo.findById(grievanceId, GrievanceView.class));
    }

    public Listing ofWorker(String workerId, int page, int size) {
        return list(Criteria.where("workerId").is(workerId), page, size);
    }

    /** @param status one status, or {@code null} for every status */
    public Listing caseload(String homeCountry, String status, int page, int size) {
        Criteria criteria = Criteria.where("homeCountry").is(homeCountry);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return list(criteria, page, size);
    }

    public Listing against(String respondentId, int page, int size) {
        return list(Criteria.where("respondentId").is(respondentId), page, size);
    }

    private Listing list(Criteria criteria, int page, int size) {
        Query query = Query.query(criteria);
        long total = mongo.count(query, GrievanceView.class);
        List<GrievanceView> items = mongo.find(Query.query(criteria)
                .with(PageRequest.of(page, size, Sort.by(Sort.Order.desc("filedOn"), Sort.Order.asc("_id")))),
                GrievanceView.class);
        return new Listing(items, total);
    }

    public record Listing(List<GrievanceView> items, long total) {
    }
}
