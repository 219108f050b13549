package org.corridor.matching.joborder.web;

import org.corridor.kernel.web.PageOf;
import org.corridor.kernel.types.RuleViolation;
import org.corridor.matching.common.UnknownToCaller;
import org.corridor.matching.scheme.query.SchemeAdministrators;
import org.corridor.matching.joborder.query.JobOrderView;
import org.corridor.matching.joborder.query.JobOrderListing;
import org.corridor.matching.joborder.query.JobOrders;
import org.corridor.kernel.security.Caller;
import org.springframework.stereotype.Component;

import java.util.List;

/** Reads job orders within what the caller may see: an employer its own, a scheme administrator all. */
@Component
class JobOrderReads {

    private final JobOrders jobOrders;
    private final JobOrderListing listing;
    private final SchemeAdministrators administrators;

    JobOrderReads(JobOrders jobOrders, JobOrderListing listing, SchemeAdministrators administrators) {
        this.jobOrders = jobOrders;
        this.listing = listing;
        this.administrators = administrators;
    }

    /** The job order, if the caller may see it; an employer asking for another's order is told it is unknown. */
    JobOrderView visibleTo(Caller caller, String jobOrderId) {
        JobOrderView order = jobOrders.find(jobOrderId).orElseThrow(() -> new UnknownToCaller("job order", jobOrderId));
        if (isEmployer(caller) && !order.employerId().equals(caller.organisation())) {
            throw new UnknownToCaller("job order", jobOrderId);
        }
        if (!isEmployer(caller)) {
            administrators.requireAdministers(caller.organisation(), order.schemeId());
        }
        return order;
    }

    PageOf<JobOrderView> list(Caller caller, String schemeId, int page, int size) {
        String employerId = isEmployer(caller) ? caller.organisation() : null;
        if (employerId == null) {
            if (schemeId == null) {
                throw new RuleViolation("schemeId", "Name the scheme whose job orders you want to see.");
            }
            administrators.requireAdministers(caller.organisation(), schemeId);
        }
        List<JobOrderView> items = listing.list(employerId, schemeId, page, size);
        return new PageOf<>(items, page, size, listing.count(employerId, schemeId));
    }

    static boolean isEmployer(Caller caller) {
        List<String> roles = caller.roles();
        return roles != null && roles.contains("EMPLOYER");
    }
}
