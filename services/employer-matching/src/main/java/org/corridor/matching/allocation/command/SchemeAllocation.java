package org.corridor.matching.allocation.command;

import org.corridor.matching.allocation.api.AllocationRecorded;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.Requirements;
import org.corridor.matching.ranking.command.CandidateScoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Allocates a scheme's candidates across its open job orders and explains every outcome. Orders rank candidates
 * as the shortlist does (every requirement met first, then score); ties are broken by the lower person id, so the
 * ranking is strict and a run is reproducible from its recorded inputs.
 */
final class SchemeAllocation {

    static final String TIE_BREAK = "Between candidates an order ranks equally (same requirements met, same score), "
            + "the lower person id ranks first.";

    private SchemeAllocation() {
    }

    static AllocationRecorded allocate(String runId, String schemeId, Collection<CandidateProfile> pool,
                                       List<AllocationSources.OpenOrder> orders, Map<String, List<String>> preferences) {
        Map<String, AllocationSources.OpenOrder> byId = new HashMap<>();
        orders.forEach(o -> byId.put(o.requirements().jobOrderId(), o));
        List<CandidateProfile> candidates = pool.stream().filter(c -> preferences.containsKey(c.personId()))
                .sorted(Comparator.comparing(CandidateProfile::personId)).toList();
        Map<String, Integer> tieRank = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            tieRank.put(candidates.get(i).personId(), i);
        }

        Map<String, CandidateScoring.Scored> scores = new HashMap<>();
        List<DeferredAcceptance.Proposer> proposers = new ArrayList<>();
        int n = candidates.size();
        List<AllocationRecorded.CandidateInput> inputs = new ArrayList<>();
        for (CandidateProfile candidate : candidates) {
            List<String> usable = new ArrayList<>();
            List<Integer> points = new ArrayList<>();
            List<Boolean> meets = new ArrayList<>();
            List<String> setAside = new ArrayList<>();
            for (String jobOrderId : preferences.get(candidate.personId())) {
                AllocationSources.OpenOrder order = byId.get(jobOrderId);
                if (order == null || !CandidateScoring.eligible(candidate, order.requirements())) {
                    setAside.add(jobOrderId);
                    continue;
                }
                CandidateScoring.Scored scored = CandidateScoring.score(candidate, order.requirements());
                scores.put(jobOrderId + "|" + candidate.personId(), scored);
                usable.add(jobOrderId);
                points.add(scored.score());
                meets.add(scored.meetsEveryRequirement());
            }
            long[] priorities = new long[usable.size()];
            int tie = n - tieRank.get(candidate.personId());
            for (int k = 0; k < usable.size(); k++) {
                priorities[k] = priority(points.get(k), meets.get(k), tie);
            }
            proposers.add(new DeferredAcceptance.Proposer(candidate.personId(), List.copyOf(usable), priorities));
            inputs.add(new AllocationRecorded.CandidateInput(candidate.personId(), List.copyOf(usable),
                    List.copyOf(points), List.copyOf(meets), List.copyOf(setAside)));
        }
        List<DeferredAcceptance.Position> positions = orders.stream()
                .sorted(Comparator.comparing(o -> o.requirements().jobOrderId()))
                .map(o -> new DeferredAcceptance.Position(o.requirements().jobOrderId(), o.positions())).toList();
        DeferredAcceptance.Outcome outcome = DeferredAcceptance.run(proposers, positions);

        Map<String, List<String>> heldBy = new HashMap<>();
        outcome.assignments().forEach((personId, jobOrderId) ->
                heldBy.computeIfAbsent(jobOrderId, k -> new ArrayList<>()).add(personId));
        List<AllocationRecorded.Assignment> assignments = new ArrayList<>();
        List<AllocationRecorded.Unassigned> unassigned = new ArrayList<>();
        for (DeferredAcceptance.Proposer proposer : proposers) {
            String personId = proposer.personId();
            List<String> above = outcome.rejections().get(personId).stream()
                    .map(o -> why(o, personId, heldBy, scores)).toList();
            String assigned = outcome.assignments().get(personId);
            if (assigned != null) {
                int rank = proposer.preferences().indexOf(assigned) + 1;
                assignments.add(new AllocationRecorded.Assignment(personId, assigned, rank,
                        "Allocated to " + assigned + ", your choice " + rank + " (score "
                                + scores.get(assigned + "|" + personId).score() + ")."
                                + (above.isEmpty() ? "" : " " + String.join(" ", above))));
            } else {
                unassigned.add(new AllocationRecorded.Unassigned(personId, proposer.preferences().isEmpty()
                        ? "None of the job orders you listed is open and for your scheme and occupation."
                        : "Every job order you listed filled its positions with candidates it ranks higher. "
                        + String.join(" ", above)));
            }
        }
        return new AllocationRecorded(runId, schemeId, TIE_BREAK,
                positions.stream().map(p -> new AllocationRecorded.OrderInput(p.jobOrderId(), p.capacity())).toList(),
                List.copyOf(inputs), List.copyOf(assignments), List.copyOf(unassigned));
    }

    /** Strict priority: every requirement met first, then score, then the tie-break rank (higher is better). */
    static long priority(int score, boolean meetsEveryRequirement, int tieRank) {
        return (meetsEveryRequirement ? 1L << 50 : 0L) + ((long) score << 30) + tieRank;
    }

    private static String why(String jobOrderId, String personId, Map<String, List<String>> heldBy,
                              Map<String, CandidateScoring.Scored> scores) {
        List<String> held = heldBy.getOrDefault(jobOrderId, List.of());
        if (held.isEmpty()) {
            return jobOrderId + " has no position in this run.";
        }
        int lowest = held.stream().mapToInt(p -> scores.get(jobOrderId + "|" + p).score()).min().orElse(0);
        return jobOrderId + " filled its " + held.size() + " position(s) with candidates it ranks higher (lowest "
                + "score " + lowest + ", yours " + scores.get(jobOrderId + "|" + personId).score() + ").";
    }
}
