package org.corridor.returns.returncase.query;

import org.corridor.returns.returncase.api.CaseOutcome;
import org.corridor.returns.returncase.api.FollowUp;
import org.corridor.returns.returncase.api.Gender;
import org.corridor.returns.returncase.api.MeasureOutcome;
import org.corridor.returns.returncase.api.MeasureType;
import org.corridor.returns.returncase.api.OpenedBy;
import org.corridor.returns.counting.query.SmallCells;
import org.corridor.returns.counting.query.Subjects;
import org.corridor.returns.counting.query.Tallies;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Returns counted for all schemes, per scheme and per corridor: how cases opened, gender where the returnee
 * declared it, measures planned and their outcomes, and how cases closed.
 */
@Component
public class ReturnStatistics {

    /** Returns counted for all schemes, per scheme, and per corridor from home country to country of work. */
    static final Subjects SUBJECTS = new Subjects("returns");

    private final Tallies tallies;

    ReturnStatistics(Tallies tallies) {
        this.tallies = tallies;
    }

    /**
     * @param schemeId   one scheme, or null
     * @param corridor   {@code PH-DE}, or null; ignored when a scheme is given
     * @param forMonitor counts above zero and under five are suppressed
     */
    public Counts counts(String schemeId, String corridor, boolean forMonitor) {
        String subject = SUBJECTS.asked(schemeId, corridor);
        Map<String, Long> counters = tallies.read(subject);
        SmallCells cells = forMonitor ? SmallCells.forMonitor() : SmallCells.shown();

        Map<String, Long> openedBy = new LinkedHashMap<>();
        for (OpenedBy way : OpenedBy.values()) {
            openedBy.put(way.name(), counters.getOrDefault("openedBy_" + way.name(), 0L));
        }
        Map<String, Long> gender = new LinkedHashMap<>();
        for (Gender declared : Gender.values()) {
            gender.put(declared.name(), counters.getOrDefault("gender_" + declared.name(), 0L));
        }
        gender.put("NOT_RECORDED", counters.getOrDefault("gender_NOT_RECORDED", 0L));
        Map<String, Long> planned = new LinkedHashMap<>();
        Map<String, Long> completed = new LinkedHashMap<>();
        for (MeasureType type : MeasureType.values()) {
            planned.put(type.name(), counters.getOrDefault("planned_" + type.name(), 0L));
            completed.put(type.name(), counters.getOrDefault(
                    MeasureOutcome.COMPLETED.name().toLowerCase() + "_" + type.name(), 0L));
        }
        Map<String, Long> closedAs = new LinkedHashMap<>();
        for (CaseOutcome outcome : CaseOutcome.values()) {
            closedAs.put(outcome.name(), counters.getOrDefault("outcome_" + outcome.name(), 0L));
        }
        Map<String, Long> followUpsDue = new LinkedHashMap<>();
        Map<String, Long> followUpsReached = new LinkedHashMap<>();
        for (FollowUp followUp : FollowUp.values()) {
            followUpsDue.put(followUp.name(), counters.getOrDefault("followUpsRaised_" + followUp.name(), 0L));
            followUpsReached.put(followUp.name(), counters.getOrDefault("followUpsReached_" + followUp.name(), 0L));
        }
        long opened = counters.getOrDefault("opened", 0L);
        return new Counts(SUBJECTS.named(subject),
                cells.shows("returns", opened) ? opened : null,
                cells.cells("openedBy", openedBy), cells.cells("gender", gender),
                cells.cells("measuresPlanned", planned), cells.cells("measuresCompleted", completed),
                cells.cells("followUpsDue", followUpsDue), cells.cells("followUpsReached", followUpsReached),
                cells.cells("closedAs", closedAs), forMonitor ? SmallCells.THRESHOLD : null, cells.suppressed());
    }

    /**
     * @param gender counted as the returnee declared it when registering their own return; a case opened by a
     *               permit's end carries none (no topic carries gender), so it counts as {@code NOT_RECORDED}
     */
    public record Counts(String of, Long returns, Map<String, Long> openedBy, Map<String, Long> gender,
                         Map<String, Long> measuresPlanned, Map<String, Long> measuresCompleted,
                         Map<String, Long> followUpsDue, Map<String, Long> followUpsReached,
                         Map<String, Long> closedAs, Integer suppressedBelow, List<String> suppressed) {
    }
}
