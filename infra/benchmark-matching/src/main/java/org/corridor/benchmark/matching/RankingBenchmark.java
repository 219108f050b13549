package org.corridor.benchmark.matching;

import org.corridor.matching.ranking.api.CandidateProfile;
import org.corridor.matching.ranking.api.RankedCandidate;
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

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/** The shortlist's work: score every candidate of the pool for one job order, explain the best 50. */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgs = {"-Xmx1g"})
public class RankingBenchmark {

    @Param("100000")
    int candidates;

    List<CandidateProfile> pool;
    Requirements requirements;

    @Setup
    public void setUp() {
        pool = Workloads.candidates(candidates, 42);
        requirements = Workloads.requirements("jo-bench", new SplittableRandom(7));
    }

    @Benchmark
    public List<RankedCandidate> top50Explained() {
        return CandidateScoring.top(pool, requirements, 50);
    }
}
