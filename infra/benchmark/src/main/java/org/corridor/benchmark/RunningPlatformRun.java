package org.corridor.benchmark;

import org.corridor.benchmark.http.SchemeDefinitions;
import org.corridor.benchmark.infrastructure.JvmMemory;
import org.corridor.benchmark.load.ClosedLoop;
import org.corridor.benchmark.load.OpenLoop;
import org.corridor.benchmark.load.Tally;
import org.corridor.benchmark.measure.GcStats;
import org.corridor.benchmark.measure.LagWatch;
import org.corridor.benchmark.measure.ProcessStats;
import org.corridor.benchmark.measure.PublicationLag;
import org.corridor.benchmark.measure.Summary;
import org.corridor.benchmark.report.PhaseResult;
import org.corridor.benchmark.report.RunResult;
import org.corridor.benchmark.report.SizeResult;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark against a running platform's real endpoints: today the foundation's scheme flow on
 * skills-recognition, through the gateway. It sees what a client sees: latency and throughput of definitions,
 * the lag until the read model shows a scheme, and (given the broker) the lag until the integration event is on
 * Kafka. It cannot see inside the services, so there are no cache, cold-load or memory figures.
 */
final class RunningPlatformRun {


    private final BenchmarkOptions options;
    private final PrintStream out;

    RunningPlatformRun(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    RunResult run() throws Exception {
        Instant started = Instant.now();
        String loadAtStart = ProcessStats.loadAverage();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        URI target = options.target();
        String token = options.token() != null ? options.token()
                : SchemeDefinitions.logIn(http, target, options.user(), options.password());
        SchemeDefinitions schemes = new SchemeDefinitions(http, target.resolve(options.schemePath()), token);
        LagWatch publicationWatch = new LagWatch();
        PublicationLag publication = options.kafka() == null ? null
                : PublicationLag.followAsItIs(options.kafka(), options.topic(), publicationWatch);
        List<SizeResult> sizes = new ArrayList<>();
        try {
            for (long size : options.sizes()) {
                sizes.add(atSize(size, schemes, publicationWatch));
            }
        } finally {
            if (publication != null) {
                publication.close();
            }
        }
        List<String> setup = List.of(
                "Target: " + target + ", schemes defined at " + options.schemePath() + " with a bearer token ("
                        + (options.token() != null ? "given" : "demo login as " + options.user()) + ").",
                "Each command is a scheme definition (POST), followed by reads (GET every 5 ms) until the read model "
                        + "shows it; \"projection lag\" here is the time from the definition's answer to the first "
                        + "read that finds it, as a client sees it; a scheme not readable within 10 s counts as a "
                        + "failure and as slower than any seen.",
                options.kafka() == null ? "Publication lag not measured (no --kafka given)."
                        : "Publication lag: " + (publication == null ? "" : publication.method()) + ", on topic "
                        + options.topic() + ".",
                "Sizes count the schemes this run defined (the benchmark cannot count what the platform held "
                        + "before); no cache, cold-load or memory figures from outside the services.");
        return new RunResult("Running platform at " + target + ", scheme flow", options.note(), started,
                Instant.now(), Machine.describe(), loadAtStart, ProcessStats.loadAverage(), Machine.BUILD_COMMAND,
                Machine.runCommand(options.arguments()), setup, sizes);
    }

    private SizeResult atSize(long size, SchemeDefinitions schemes, LagWatch publicationWatch) {
        long before = schemes.storedEvents();
        Tally fillTally = new Tally();
        Instant fillStart = Instant.now();
        if (before < size) {
            out.printf("defining schemes from %,d to %,d with %d callers%n", before, size, options.fillThreads());
            ClosedLoop.runUntil(schemes, options.fillThreads(), () -> schemes.storedEvents() >= size, fillTally);
        }
        SizeResult.Fill fill = new SizeResult.Fill("scheme definitions over HTTP", schemes.storedEvents() - before,
                Duration.between(fillStart, Instant.now()), fillTally.failures(), Map.of(), Map.of());
        PhaseResult steady = phase("steady", String.format("%.0f definitions/s on a schedule (open loop, %d threads)",
                options.rate(), options.openLoopThreads()), schemes, publicationWatch, tally -> {
            OpenLoop.Schedule schedule = OpenLoop.run(schemes, options.rate(), options.duration(),
                    options.openLoopThreads(), tally);
            return new long[] {schedule.elapsed().toNanos(), schedule.due(), schedule.startedLate()};
        });
        PhaseResult flatOut = phase("flat out", options.threads() + " callers", schemes, publicationWatch,
                tally -> new long[] {ClosedLoop.run(schemes, options.threads(), options.duration(), tally).toNanos(),
                        0, 0});
        return new SizeResult(size, fill, Summary.EMPTY, steady, flatOut, Summary.EMPTY, schemes.storedEvents(),
                JvmMemory.UNKNOWN, null);
    }

    private PhaseResult phase(String name, String load, SchemeDefinitions schemes, LagWatch publicationWatch,
                              java.util.function.Function<Tally, long[]> driver) {
        out.printf("%s: %s for %d s%n", name, load, options.duration().toSeconds());
        long storeAtStart = schemes.storedEvents();
        ProcessStats.MachineCpu machine = ProcessStats.machineCpu();
        GcStats gc = GcStats.now();
        Tally tally = new Tally();
        schemes.takeReadModelLag();
        Instant from = Instant.now();
        publicationWatch.open(from);
        long[] driven = driver.apply(tally);
        publicationWatch.close(Instant.now());
        Duration elapsed = Duration.ofNanos(driven[0]);
        double machineBusy = ProcessStats.machineCpu().busyShareSince(machine);
        int expected = tally.commands();
        Duration settled = null;
        if (options.kafka() != null) {
            long start = System.nanoTime();
            while (System.nanoTime() - start < options.drainTimeout().toNanos()) {
                if (publicationWatch.observed() >= expected) {
                    settled = Duration.ofNanos(System.nanoTime() - start);
                    break;
                }
                EmbeddedDefaultRun.sleep(20);
            }
        }
        Summary readModel = schemes.takeReadModelLag();
        Summary published = options.kafka() == null ? Summary.EMPTY : publicationWatch.summary(expected);
        PhaseResult result = new PhaseResult(name, load, driven[1] > 0 ? options.rate() : 0, storeAtStart, schemes.storedEvents(), elapsed,
                tally.creates.summary(), Summary.EMPTY, Summary.EMPTY, Summary.EMPTY, Summary.EMPTY,
                tally.reads.summary(), tally.failures(), tally.firstFailure(), readModel, published, settled, null,
                (int) driven[1], (int) driven[2], -1, -1, machineBusy, -1, GcStats.now().since(gc),
                ProcessStats.loadAverage());
        out.printf("  %.0f definitions/s, %d failed; read model lag p99 %.1f ms%n", result.commandsPerSecond(),
                result.failures(), readModel.p99Millis());
        return result;
    }
}
