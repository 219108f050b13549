package org.corridor.matching.joborder.query;

import java.util.List;

/** Pages of job orders, optionally one employer's and one scheme's. */
public interface JobOrderListing {

    List<JobOrderView> list(String employerId, String schemeId, int page, int size);

    long count(String employerId, String schemeId);
}
