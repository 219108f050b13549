package org.corridor.returns.returncase.query;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.List;

/** The return case lists: a counsellor's caseload (their country), a returnee's own cases. */
@Component
public class ReturnCases {

    private final MongoTemplate mongo;

    ReturnCases(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @param status OPEN, CLOSED, or null for both */
    public Listing caseload(String country, String status, int page, int size) {
        Criteria criteria = Criteria.where("originCountry").is(country);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return list(criteria, page, size);
    }

    public Listing ofReturnee(String returneeId, int page, int size) {
        return list(Criteria.where("returneeId").is(returneeId), page, size);
    }

    private Listing list(Criteria criteria, int page, int size) {
        long total = mongo.count(Query.query(criteria), ReturnCaseView.class);
        List<ReturnCaseView> items = mongo.find(Query.query(criteria).with(PageRequest.of(page, size,
                Sort.by(Sort.Order.desc("returnedOn"), Sort.Order.asc("_id")))), ReturnCaseView.class);
        return new Listing(items, total);
    }

    public record Listing(List<ReturnCaseView> items, long total) {
    }
}
