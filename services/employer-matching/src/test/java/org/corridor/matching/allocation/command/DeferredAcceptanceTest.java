package org.corridor.matching.allocation.command;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The allocation's guarantees, on random instances. */
class DeferredAcceptanceTest {

    /** A random allocation problem: candidates' preference lists, order capacities, and order priorities. */
    record Instance(List<DeferredAcceptance.Proposer> proposers, List<DeferredAcceptance.Position> positions,
                    Map<String, Long> priorities) {

        long priority(String jobOrderId, String personId) {
            return priorities.get(jobOrderId + "|" + personId);
        }

        DeferredAcceptance.Outcome run() {
            return DeferredAcceptance.run(proposers, positions, this::priority);
        }

        /** The i-th preference rank of an order for a candidate; unlisted or unassigned rank last. */
        int rankOf(String personId, String jobOrderId) {
            List<String> preferences = proposer(personId).preferences();
            int index = jobOrderId == null ? -1 : preferences.indexOf(jobOrderId);
            return index < 0 ? Integer.MAX_VALUE : index;
        }

        DeferredAcceptance.Proposer proposer(String personId) {
            return proposers.stream().filter(p -> p.personId().equals(personId)).findFirst().orElseThrow();
        }
    }

    @Provide
    Arbitrary<Instance> small() {
        return instances(6, 4, 3);
    }

    @Provide
    Arbitrary<Instance> medium() {
        return instances(40, 12, 5);
    }

    static Arbitrary<Instance> instances(int maxCandidates, int maxOrders, int maxCapacity) {
        return Combinators.combine(Arbitraries.integers().between(1, maxCandidates),
                        Arbitraries.integers().between(1, maxOrders), Arbitraries.longs())
                .as((candidates, orders, seed) -> generate(candidates, orders, maxCapacity, new Random(seed)));
    }

    static Instance generate(int candidates, int orders, int maxCapacity, Random random) {
        List<DeferredAcceptance.Position> positions = new ArrayList<>();
        for (int o = 0; o < orders; o++) {
            positions.add(new DeferredAcceptance.Position("jo-" + o, random.nextInt(maxCapacity + 1)));
        }
        List<DeferredAcceptance.Proposer> proposers = new ArrayList<>();
        Map<String, Long> priorities = new HashMap<>();
        for (int c = 0; c < candidates; c++) {
            String personId = "p-" + (char) ('a' + c % 26) + c;
            List<String> listed = new ArrayList<>(positions.stream().map(DeferredAcceptance.Position::jobOrderId)
                    .toList());
            Collections.shuffle(listed, random);
            proposers.add(new DeferredAcceptance.Proposer(personId, List.copyOf(listed.subList(0,
                    random.nextInt(listed.size() + 1)))));
            for (DeferredAcceptance.Position position : positions) {
                // a coarse score (many ties) made strict by the candidate's index, as the service does
                priorities.put(position.jobOrderId() + "|" + personId, random.nextInt(4) * 1000L + (999 - c));
            }
        }
        return new Instance(proposers, positions, priorities);
    }

    @Property(tries = 300)
    void no_job_order_holds_more_candidates_than_its_positions(@ForAll("medium") Instance instance) {
        DeferredAcceptance.Outcome outcome = instance.run();
        for (DeferredAcceptance.Position position : instance.positions()) {
            long held = outcome.assignments().values().stream().filter(position.jobOrderId()::equals).count();
            assertThat(held).isLessThanOrEqualTo(position.capacity());
        }
    }

    @Property(tries = 300)
    void a_candidate_is_only_placed_in_an_order_it_listed(@ForAll("medium") Instance instance) {
        instance.run().assignments().forEach((personId, jobOrderId) ->
                assertThat(instance.proposer(personId).preferences()).contains(jobOrderId));
    }

    @Property(tries = 300)
    void no_candidate_and_order_would_both_rather_have_each_other(@ForAll("medium") Instance instance) {
        DeferredAcceptance.Outcome outcome = instance.run();
        assertThat(blockingPairs(instance, outcome.assignments())).isEmpty();
    }

    @Property(tries = 300)
    void every_candidate_does_at_least_as_well_as_in_any_stable_allocation(@ForAll("small") Instance instance) {
        Map<String, String> deferred = instance.run().assignments();
        List<Map<String, String>> allStable = stableAllocations(instance);
        assertThat(allStable).contains(deferred);
        for (Map<String, String> stable : allStable) {
            for (DeferredAcceptance.Proposer proposer : instance.proposers()) {
                assertThat(instance.rankOf(proposer.personId(), deferred.get(proposer.personId())))
                        .as("%s in %s against stable %s", proposer.personId(), deferred, stable)
                        .isLessThanOrEqualTo(instance.rankOf(proposer.personId(), stable.get(proposer.personId())));
            }
        }
    }

    @Property(tries = 200)
    void the_same_input_in_any_order_gives_the_same_output(@ForAll("medium") Instance instance,
                                                           @ForAll long shuffleSeed) {
        List<DeferredAcceptance.Proposer> proposers = new ArrayList<>(instance.proposers());
        List<DeferredAcceptance.Position> positions = new ArrayList<>(instance.positions());
        Collections.shuffle(proposers, new Random(shuffleSeed));
        Collections.shuffle(positions, new Random(shuffleSeed + 1));
        DeferredAcceptance.Outcome again = DeferredAcceptance.run(proposers, positions, instance::priority);
        assertThat(again).isEqualTo(instance.run());
    }

    @Property(tries = 200)
    void priorities_carried_by_the_candidates_give_the_same_outcome_as_looked_up_ones(
            @ForAll("medium") Instance instance) {
        List<DeferredAcceptance.Proposer> carrying = instance.proposers().stream()
                .map(p -> new DeferredAcceptance.Proposer(p.personId(), p.preferences(), p.preferences().stream()
                        .mapToLong(o -> instance.priority(o, p.personId())).toArray()))
                .toList();
        assertThat(DeferredAcceptance.run(carrying, instance.positions())).isEqualTo(instance.run());
    }

    @Example
    void the_brute_force_finds_the_stable_allocations_of_a_known_instance() {
        // Two candidates who both prefer jo-0 (one position); jo-0 prefers b. Stable: b at jo-0, a at jo-1.
        Instance instance = new Instance(
                List.of(new DeferredAcceptance.Proposer("a", List.of("jo-0", "jo-1")),
                        new DeferredAcceptance.Proposer("b", List.of("jo-0", "jo-1"))),
                List.of(new DeferredAcceptance.Position("jo-0", 1), new DeferredAcceptance.Position("jo-1", 1)),
                Map.of("jo-0|a", 1L, "jo-0|b", 2L, "jo-1|a", 2L, "jo-1|b", 1L));
        assertThat(stableAllocations(instance)).containsExactly(Map.of("a", "jo-1", "b", "jo-0"));
        assertThat(instance.run().assignments()).isEqualTo(Map.of("a", "jo-1", "b", "jo-0"));
        assertThat(instance.run().rejections()).containsEntry("a", List.of("jo-0")).containsEntry("b", List.of());
    }

    static List<List<String>> blockingPairs(Instance instance, Map<String, String> assignments) {
        List<List<String>> blocking = new ArrayList<>();
        for (DeferredAcceptance.Proposer proposer : instance.proposers()) {
            String personId = proposer.personId();
            int current = instance.rankOf(personId, assignments.get(personId));
            for (String jobOrderId : proposer.preferences()) {
                if (instance.rankOf(personId, jobOrderId) >= current) {
                    break;
                }
                int capacity = instance.positions().stream().filter(p -> p.jobOrderId().equals(jobOrderId))
                        .findFirst().orElseThrow().capacity();
                List<String> held = assignments.entrySet().stream()
                        .filter(e -> e.getValue().equals(jobOrderId)).map(Map.Entry::getKey).toList();
                boolean wouldTake = held.size() < capacity || held.stream().anyMatch(other ->
                        instance.priority(jobOrderId, other) < instance.priority(jobOrderId, personId));
                if (capacity > 0 && wouldTake) {
                    blocking.add(List.of(personId, jobOrderId));
                }
            }
        }
        return blocking;
    }

    /** Every allocation that respects preferences lists and capacities and has no blocking pair. */
    static List<Map<String, String>> stableAllocations(Instance instance) {
        List<Map<String, String>> stable = new ArrayList<>();
        enumerate(instance, 0, new HashMap<>(), new HashMap<>(), stable);
        return stable;
    }

    private static void enumerate(Instance instance, int index, Map<String, String> assignment,
                                  Map<String, Integer> used, List<Map<String, String>> stable) {
        if (index == instance.proposers().size()) {
            if (blockingPairs(instance, assignment).isEmpty()) {
                stable.add(Map.copyOf(assignment));
            }
            return;
        }
        DeferredAcceptance.Proposer proposer = instance.proposers().get(index);
        enumerate(instance, index + 1, assignment, used, stable); // unassigned
        for (String jobOrderId : proposer.preferences()) {
            int capacity = instance.positions().stream().filter(p -> p.jobOrderId().equals(jobOrderId)).findFirst()
                    .orElseThrow().capacity();
            if (used.getOrDefault(jobOrderId, 0) < capacity) {
                assignment.put(proposer.personId(), jobOrderId);
                used.merge(jobOrderId, 1, Integer::sum);
                enumerate(instance, index + 1, assignment, used, stable);
                used.merge(jobOrderId, -1, Integer::sum);
                assignment.remove(proposer.personId());
            }
        }
    }
}
