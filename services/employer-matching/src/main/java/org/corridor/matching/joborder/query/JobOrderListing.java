package org.corridor.matching.joborder.query;

import java.util.List;
import java.util.Set;

/** Pages of job orders, optionally one employer's and one scheme's. */
public interface JobOrderListing {

    List<JobOrderView> list(String employerId, String schemeId, int page, int size);

    long count(String employerId, String schemeId);

    /** The employers with a job order in any status under the scheme, ordered by id. */
    List<String> employersInScheme(String schemeId);

    /** The schemes the employer has job orders under, in any status. */
    Set<String> schemesOf(String employerId);
}
