package org.corridor.benchmark.matching;

import org.corridor.matching.allocation.command.DeferredAcceptance;
import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.Requirements;
import org.corridor.matching.ranking.command.CandidateScoring;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One allocation run's algorithm: worker-proposing deferred acceptance of 50,000 candidates over 5,000 job orders,
 * 10 preferences each, orders ranking candidates by the explained score (computed in setup: a run scores each
 * listed order once, then proposes).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 6)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class AllocationBenchmark {

    @Param("50000")
    int candidates;

    @Param("5000")
    int orders;

    @Param("10")
    int preferences;

    List<DeferredAcceptance.Proposer> proposers;
    List<DeferredAcceptance.Position> positions;

    @Setup
    public void setUp() {
        SplittableRandom random = new SplittableRandom(11);
        List<CandidateProfile> pool = Workloads.candidates(candidates, 42);
        List<Requirements> requirements = new ArrayList<>(orders);
        positions = new ArrayList<>(orders);
        for (int o = 0; o < orders; o++) {
            String id = String.format("jo-%05d", o);
            requirements.add(Workloads.requirements(id, random));
            positions.add(new DeferredAcceptance.Position(id, 1 + random.nextInt(15)));
        }
        proposers = new ArrayList<>(candidates);
        for (int c = 0; c < pool.size(); c++) {
            CandidateProfile candidate = pool.get(c);
            Set<Integer> listed = new LinkedHashSet<>();
            while (listed.size() < preferences) {
                listed.add(random.nextInt(orders));
            }
            List<String> ids = new ArrayList<>(preferences);
            long[] priorities = new long[preferences];
            for (int o : listed) {
                Requirements order = requirements.get(o);
                CandidateScoring.Scored scored = CandidateScoring.score(candidate, order);
                long priority = (scored.meetsEveryRequirement() ? 1L << 50 : 0L) + ((long) scored.score() << 30)
                        + (candidates - c);
                priorities[ids.size()] = priority;
                ids.add(order.jobOrderId());
            }
            proposers.add(new DeferredAcceptance.Proposer(candidate.personId(), ids, priorities));
        }
    }

    @Benchmark
    public DeferredAcceptance.Outcome allocate() {
        return DeferredAcceptance.run(proposers, positions);
    }
}
