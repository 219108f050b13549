package org.corridor.matching.allocation.command;

import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.Requirements;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What an allocation reads: the pool, the scheme's open job orders, and the candidates' stated preferences. */
public interface AllocationSources {

    Optional<CandidateProfile> candidate(String personId);

    Collection<CandidateProfile> candidatesInScheme(String schemeId);

    /** The scheme's open job orders: their requirements and positions. */
    List<OpenOrder> openOrders(String schemeId);

    Optional<OpenOrder> openOrder(String jobOrderId);

    /** Person id to the job orders it listed, best first, for the scheme's candidates who stated any. */
    Map<String, List<String>> preferences(String schemeId);

    record OpenOrder(Requirements requirements, int positions) {
    }
}
