package org.corridor.matching.allocation.command;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Worker-proposing deferred acceptance (Gale and Shapley, 1962; many-to-one as in Roth, 1984). Each candidate
 * proposes to the job orders it prefers, best first; each order holds on to the best proposals up to its positions
 * and rejects the rest. The outcome is stable (no candidate and order both prefer each other to what they got) and,
 * among all stable allocations, the best one for every candidate at once.
 *
 * <p>Orders rank candidates by a strict priority (higher is better); callers break ties themselves. The outcome
 * does not depend on the order in which candidates propose, and this implementation proposes in person-id order, so
 * the same input always gives the same output and the same record of rejections.
 */
public final class DeferredAcceptance {

    private DeferredAcceptance() {
    }

    /**
     * A candidate and the job orders it would accept, best first; optionally, how much each of those orders wants
     * it ({@code priorities[i]} for {@code preferences.get(i)}), which spares a lookup per listed order.
     */
    public record Proposer(String personId, List<String> preferences, long[] priorities) {

        public Proposer(String personId, List<String> preferences) {
            this(personId, preferences, null);
        }

        public Proposer {
            if (priorities != null && priorities.length != preferences.size()) {
                throw new IllegalArgumentException("one priority per preference of " + personId);
            }
        }
    }

    /** A job order and how many positions it fills in this run. */
    public record Position(String jobOrderId, int capacity) {
    }

    /** How much a job order wants a candidate: higher is better; distinct for distinct candidates of one order. */
    @FunctionalInterface
    public interface Priority {
        long of(String jobOrderId, String personId);
    }

    /**
     * @param assignments  person id to job order id, for every candidate placed
     * @param rejections   person id to the orders, in the candidate's order of preference, that turned it down
     */
    public record Outcome(Map<String, String> assignments, Map<String, List<String>> rejections) {
    }

    /** Runs with the priorities the proposers carry. */
    public static Outcome run(List<Proposer> proposers, List<Position> positions) {
        return run(proposers, positions, (jobOrderId, personId) -> {
            throw new IllegalArgumentException("no priority of " + jobOrderId + " for " + personId);
        });
    }

    public static Outcome run(List<Proposer> proposers, List<Position> positions, Priority priority) {
        List<Proposer> candidates = new ArrayList<>(proposers);
        candidates.sort(Comparator.comparing(Proposer::personId));
        Map<String, Integer> orderIndex = new HashMap<>();
        int[] capacity = new int[positions.size()];
        for (int o = 0; o < positions.size(); o++) {
            orderIndex.put(positions.get(o).jobOrderId(), o);
            capacity[o] = positions.get(o).capacity();
        }
        int n = candidates.size();
        int[][] prefs = new int[n][];
        long[][] prio = new long[n][];
        for (int c = 0; c < n; c++) {
            Proposer proposer = candidates.get(c);
            int[] p = new int[proposer.preferences().size()];
            long[] q = new long[p.length];
            int k = 0;
            for (int i = 0; i < p.length; i++) {
                String jobOrderId = proposer.preferences().get(i);
                Integer o = orderIndex.get(jobOrderId);
                if (o != null) {
                    p[k] = o;
                    q[k] = proposer.priorities() != null ? proposer.priorities()[i]
                            : priority.of(jobOrderId, proposer.personId());
                    k++;
                }
            }
            prefs[c] = Arrays.copyOf(p, k);
            prio[c] = Arrays.copyOf(q, k);
        }

        int[] next = new int[n];
        int[] held = new int[n];
        Arrays.fill(held, -1);
        Holding[] holdings = new Holding[positions.size()];
        for (int o = 0; o < holdings.length; o++) {
            holdings[o] = new Holding(capacity[o]);
        }
        ArrayDeque<Integer> free = new ArrayDeque<>(n);
        for (int c = 0; c < n; c++) {
            free.add(c);
        }
        while (!free.isEmpty()) {
            int c = free.poll();
            if (next[c] >= prefs[c].length) {
                continue; // rejected by every order it listed: unassigned
            }
            int k = next[c]++;
            int o = prefs[c][k];
            int displaced = holdings[o].offer(c, prio[c][k]);
            if (displaced == c) {
                free.addFirst(c);
            } else {
                held[c] = o;
                if (displaced >= 0) {
                    held[displaced] = -1;
                    free.addFirst(displaced);
                }
            }
        }

        Map<String, String> assignments = new HashMap<>();
        Map<String, List<String>> rejections = new HashMap<>();
        for (int c = 0; c < n; c++) {
            String personId = candidates.get(c).personId();
            if (held[c] >= 0) {
                assignments.put(personId, positions.get(held[c]).jobOrderId());
            }
            int tried = held[c] >= 0 ? next[c] - 1 : next[c];
            List<String> rejectedBy = new ArrayList<>(tried);
            for (int k = 0; k < tried; k++) {
                rejectedBy.add(positions.get(prefs[c][k]).jobOrderId());
            }
            rejections.put(personId, List.copyOf(rejectedBy));
        }
        return new Outcome(Map.copyOf(assignments), Map.copyOf(rejections));
    }

    /** The proposals an order holds: a min-heap on priority, so the least wanted is the one displaced. */
    private static final class Holding {
        private final int capacity;
        private final long[] priorities;
        private final int[] candidates;
        private int size;

        Holding(int capacity) {
            this.capacity = capacity;
            this.priorities = new long[Math.max(capacity, 0)];
            this.candidates = new int[Math.max(capacity, 0)];
        }

        /** Holds the proposal; returns the candidate displaced (-1 for none), or {@code candidate} if refused. */
        int offer(int candidate, long priority) {
            if (capacity <= 0) {
                return candidate;
            }
            if (size < capacity) {
                priorities[size] = priority;
                candidates[size] = candidate;
                siftUp(size++);
                return -1;
            }
            if (priorities[0] >= priority) {
                return candidate;
            }
            int displaced = candidates[0];
            priorities[0] = priority;
            candidates[0] = candidate;
            siftDown(0);
            return displaced;
        }

        private void siftUp(int i) {
            while (i > 0) {
                int parent = (i - 1) / 2;
                if (priorities[parent] <= priorities[i]) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void siftDown(int i) {
            while (true) {
                int left = 2 * i + 1;
                int right = left + 1;
                int smallest = i;
                if (left < size && priorities[left] < priorities[smallest]) {
                    smallest = left;
                }
                if (right < size && priorities[right] < priorities[smallest]) {
                    smallest = right;
                }
                if (smallest == i) {
                    return;
                }
                swap(i, smallest);
                i = smallest;
            }
        }

        private void swap(int a, int b) {
            long p = priorities[a];
            priorities[a] = priorities[b];
            priorities[b] = p;
            int c = candidates[a];
            candidates[a] = candidates[b];
            candidates[b] = c;
        }
    }
}
