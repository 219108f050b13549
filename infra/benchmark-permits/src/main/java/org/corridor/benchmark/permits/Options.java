package org.corridor.benchmark.permits;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's options, {@code --name value}.
 *
 * @param serviceUrl       visa-permit-tracking of the running platform (default {@code http://localhost:22083})
 * @param kafka            the platform's broker (default {@code localhost:22092})
 * @param dataDir          the platform's data folder, for the identity service's signing key (default {@code /tmp/bench-permits})
 * @param immigrationPort  the WireMock immigration system's port, as given to the platform in
 *                         {@code CORRIDOR_IMMIGRATION_URL} (default 22190)
 * @param applications     how many to open and lodge (default 10,000)
 * @param failureRate      share of lodgement calls that fail (default 0.2)
 * @param minLatency       least latency per call in ms (default 50)
 * @param maxLatency       most latency per call in ms (default 500)
 * @param seed             of the fault schedule (default 20261202)
 * @param threads          HTTP callers preparing and lodging (default 8)
 * @param drainTimeout     longest wait for the queue to drain (default 90 min)
 * @param report           the file to write the section into (default {@code docs/benchmarks.md}; {@code -} prints)
 * @param note             a sentence for the report, e.g. why the run was made
 * @param pipeline         lodge each application as soon as its checklist is done (default false: all checklists
 *                         first, then all lodgements, so the drain is measured alone)
 */
record Options(String serviceUrl, String kafka, Path dataDir, int immigrationPort, int applications,
               double failureRate, int minLatency, int maxLatency, long seed, int threads, Duration drainTimeout,
               Path report, String note, boolean pipeline) {

    private static final Set<String> KNOWN = Set.of("service-url", "kafka", "data-dir", "immigration-port",
            "applications", "failure-rate", "min-latency", "max-latency", "seed", "threads", "drain-timeout-minutes",
            "report", "note", "pipeline");

    static Options parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("options are --name value; got " + args[i]);
            }
            String name = args[i].substring(2);
            if (!KNOWN.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name + "; known: " + KNOWN);
            }
            given.put(name, args[++i]);
        }
        String report = given.getOrDefault("report", "docs/benchmarks.md");
        return new Options(given.getOrDefault("service-url", "http://localhost:22083"),
                given.getOrDefault("kafka", "localhost:22092"),
                Path.of(given.getOrDefault("data-dir", "/tmp/bench-permits")),
                Integer.parseInt(given.getOrDefault("immigration-port", "22190")),
                Integer.parseInt(given.getOrDefault("applications", "10000")),
                Double.parseDouble(given.getOrDefault("failure-rate", "0.2")),
                Integer.parseInt(given.getOrDefault("min-latency", "50")),
                Integer.parseInt(given.getOrDefault("max-latency", "500")),
                Long.parseLong(given.getOrDefault("seed", "20261202")),
                Integer.parseInt(given.getOrDefault("threads", "8")),
                Duration.ofMinutes(Long.parseLong(given.getOrDefault("drain-timeout-minutes", "90"))),
                report.equals("-") ? null : Path.of(report),
                given.getOrDefault("note", ""),
                Boolean.parseBoolean(given.getOrDefault("pipeline", "false")));
    }
}
