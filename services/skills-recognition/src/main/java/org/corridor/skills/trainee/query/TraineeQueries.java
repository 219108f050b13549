package org.corridor.skills.trainee.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the trainee read models answer; the web layer reads trainees only through this. */
public interface TraineeQueries {

    Optional<TraineeView> find(String personId);

    List<TraineeView> search(TraineeSearch search, int page, int size);

    long count(TraineeSearch search);

    /** Counts of one scheme by stage, track and gender; a count under 5 reads "suppressed" when asked. */
    Map<String, Map<String, Object>> countsOf(String schemeId, boolean suppressSmallCells);

    /**
     * A search; null fields match anything. {@code enrollingOrganisation} and {@code trainingProvider} carry the
     * caller's scope and are always set by the web layer for agencies and providers.
     */
    record TraineeSearch(String enrollingOrganisation, String trainingProvider, String schemeId, String status,
                         String track, String iscoCode, String name, String sort) {
    }
}
