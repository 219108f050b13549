package org.corridor.benchmark;

import org.corridor.benchmark.infrastructure.PlatformInfrastructure;
import org.corridor.benchmark.report.MarkdownReport;
import org.corridor.benchmark.report.RunResult;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code java -jar corridor-benchmark.jar --sizes 10000,300000 --duration 20s}: fills the embedded default to each
 * size, measures it, and writes the figures into {@code docs/benchmarks.md}. With {@code --target} it drives a
 * running platform's endpoints over HTTP instead. See docs/benchmarks.md for every option.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals(PlatformInfrastructure.CHILD_ROLE)) {
            PlatformInfrastructure.serveForParent(Path.of(args[1]));
            System.exit(0);
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        RunResult result = options.againstRunningPlatform()
                ? new RunningPlatformRun(options, System.out).run()
                : new EmbeddedDefaultRun(options, System.out).run();
        String markdown = MarkdownReport.render(result, options.section());
        Path report = reportFile(options.report());
        MarkdownReport.write(report, options.section(), markdown);
        System.out.println();
        System.out.println(markdown);
        System.out.println("written to " + report.toAbsolutePath().normalize());
        // Kafka's and Axon's non-daemon threads would otherwise keep the JVM up after a finished run.
        System.exit(0);
    }

    /** A relative report path is taken from the repository's root when the benchmark runs inside the repository. */
    private static Path reportFile(Path report) {
        if (report.isAbsolute()) {
            return report;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("infra/benchmark/pom.xml"))) {
                return dir.resolve(report);
            }
        }
        return report;
    }
}
