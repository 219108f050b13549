package org.corridor.matching.allocation.query;

import org.corridor.matching.allocation.api.AllocationRecorded;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** An allocation run as recorded: inputs, tie-break and explained outcome. */
@Document(AllocationRunView.COLLECTION)
public record AllocationRunView(@Id String runId, String schemeId, Instant ranAt, String ranBy, String tieBreak,
                                List<AllocationRecorded.OrderInput> orders,
                                List<AllocationRecorded.CandidateInput> candidates,
                                List<AllocationRecorded.Assignment> assignments,
                                List<AllocationRecorded.Unassigned> unassigned) {

    static final String COLLECTION = "allocation-runs";
}
