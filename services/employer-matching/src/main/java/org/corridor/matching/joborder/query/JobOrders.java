package org.corridor.matching.joborder.query;

import java.util.List;
import java.util.Optional;

/** Job orders as other features read them. */
public interface JobOrders {

    Optional<JobOrderView> find(String jobOrderId);

    /** The open job orders of a scheme, in id order. */
    List<JobOrderView> openInScheme(String schemeId);
}
