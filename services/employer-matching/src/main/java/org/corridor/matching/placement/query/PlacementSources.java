package org.corridor.matching.placement.query;

import org.corridor.kernel.types.Money;
import org.corridor.matching.candidate.query.CandidatePool;
import org.corridor.matching.joborder.api.JobOrderStatus;
import org.corridor.matching.joborder.api.JobOrderTerms;
import org.corridor.matching.joborder.query.JobOrderView;
import org.corridor.matching.joborder.query.JobOrders;
import org.corridor.matching.placement.api.OfferTerms;
import org.corridor.matching.placement.command.OfferSources;
import org.corridor.matching.ranking.command.CandidateScoring;
import org.corridor.matching.scheme.query.SchemeTermsProjection;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** Offers' view of job orders, scheme corridors and the candidate pool. */
@Component
class PlacementSources implements OfferSources {

    private final JobOrders jobOrders;
    private final SchemeTermsProjection schemes;
    private final CandidatePool pool;

    PlacementSources(JobOrders jobOrders, SchemeTermsProjection schemes, CandidatePool pool) {
        this.jobOrders = jobOrders;
        this.schemes = schemes;
        this.pool = pool;
    }

    @Override
    public Optional<OpenJobOrder> openJobOrder(String jobOrderId) {
        return jobOrders.find(jobOrderId).filter(o -> o.status() == JobOrderStatus.OPEN).map(this::offerOf);
    }

    @Override
    public boolean eligibleCandidate(String personId, String jobOrderId) {
        Optional<JobOrderView> order = jobOrders.find(jobOrderId);
        return order.isPresent() && pool.find(personId)
                .filter(c -> CandidateScoring.eligible(c, order.get().requirements())).isPresent();
    }

    private OpenJobOrder offerOf(JobOrderView order) {
        JobOrderTerms terms = order.terms();
        var scheme = schemes.find(terms.schemeId());
        Money deductions = terms.housing() == null || terms.housing().monthlyCostToWorker() == null
                ? Money.of("0", terms.monthlyWage().currency()) : terms.housing().monthlyCostToWorker();
        String housing = terms.housing() == null ? "not stated" : (terms.housing().provided() ? "provided: " : "not provided: ")
                + terms.housing().description();
        return new OpenJobOrder(order.jobOrderId(), order.employerId(), new OfferTerms(terms.schemeId(),
                terms.iscoCode(), scheme.map(s -> s.originCountry()).orElse(null),
                scheme.map(s -> s.destinationCountry()).orElse(null), terms.monthlyWage(), terms.hoursPerWeek(),
                terms.contractMonths(), deductions, housing, terms.startDate()));
    }
}
