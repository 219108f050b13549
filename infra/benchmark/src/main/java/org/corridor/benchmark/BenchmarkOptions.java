package org.corridor.benchmark;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark's command line: {@code --name value} pairs (or {@code --name=value}), every one optional.
 *
 * @param sizes              stored events to fill to, in order, measuring at each
 * @param duration           length of each measured phase
 * @param rate               the steady phase's commands per second
 * @param threads            callers of the flat-out phase
 * @param openLoopThreads    threads standing by to keep the steady phase's schedule
 * @param fill               {@code events}: append whole cycles to the event store (fast); {@code commands}: send
 *                           them through the command gateway, every processor handling every filled event
 * @param fillThreads        callers of the (unmeasured) fill by commands
 * @param activePeople       people in the middle of their cycle at any time
 * @param oldCaseShare       share of measured commands that update an old aggregate (0..1)
 * @param coldLoads          cold aggregate loads at each size
 * @param warmup             flat-out load on a throwaway service before anything is measured, so the JIT has
 *                           compiled the hot paths before the first size is measured; 0 to skip
 * @param drainTimeout       how long to wait, after a phase, for its events to be projected and published
 * @param fillDrainTimeout   how long to wait, after a fill, for the processors to catch up
 * @param dataDir            where the event store, read models and Kafka log go; a fresh temporary folder if null
 * @param keepData           keep that folder afterwards
 * @param infrastructure     {@code process}: Kafka and the MongoDB wire server in a JVM of their own, as the
 *                           embedded launcher runs them; {@code in-jvm}: in the benchmark's JVM
 * @param infrastructureJvm  JVM options of that process
 * @param serviceProperties  extra Spring properties for the service, {@code key=value,key=value}, for experiments
 *                           (a pool size, a processor's batch size); the report lists them
 * @param report             the Markdown file to write the section into
 * @param section            the section's name: a run replaces the section of the same name and keeps the rest
 * @param note               a sentence put at the top of the section (why this run, what was different)
 * @param target             drive a running platform over HTTP instead (e.g. http://localhost:8080)
 * @param token              bearer token for the target; if absent, a sign-in with user and password (the
 *                           platform started with --demo)
 * @param user               user name to sign in with
 * @param password           its password (the demo accounts' are demo-<name>)
 * @param schemePath         where schemes are defined on the target
 * @param kafka              bootstrap servers of the target's broker, to measure publication lag (optional)
 * @param topic              the target's topic for scheme events
 * @param arguments          the arguments as given, for the report
 */
public record BenchmarkOptions(List<Long> sizes, Duration duration, double rate, int threads, int openLoopThreads,
                               String fill, int fillThreads, int activePeople, double oldCaseShare, int coldLoads,
                               Duration warmup, Duration drainTimeout, Duration fillDrainTimeout, Path dataDir,
                               boolean keepData, String infrastructure, List<String> infrastructureJvm,
                               List<String> serviceProperties, Path report,
                               String section, String note, URI target, String token, String user,
                               String password, String schemePath, String kafka, String topic,
                               List<String> arguments) {

    private static final Set<String> FLAGS = Set.of("keep-data");

    public static BenchmarkOptions parse(String... args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + " (options start with --)");
            }
            String name = arg.substring(2);
            String value;
            if (name.contains("=")) {
                value = name.substring(name.indexOf('=') + 1);
                name = name.substring(0, name.indexOf('='));
            } else if (FLAGS.contains(name)) {
                value = "true";
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
            given.put(name, value);
        }
        Options o = new Options(given);
        BenchmarkOptions options = new BenchmarkOptions(
                o.sizes("sizes", "10000,300000"),
                o.duration("duration", "20s"),
                o.decimal("rate", "200"),
                o.integer("threads", "4"),
                o.integer("open-loop-threads", "64"),
                o.choice("fill", "events", "events", "commands"),
                o.integer("fill-threads", "4"),
                o.integer("active-people", "64"),
                o.decimal("old-case-share", "0.2"),
                o.integer("cold-loads", "2000"),
                o.duration("warmup", "20s"),
                o.duration("drain-timeout", "5m"),
                o.duration("fill-drain-timeout", "30m"),
                o.has("data-dir") ? Path.of(o.text("data-dir", null)) : null,
                Boolean.parseBoolean(o.text("keep-data", "false")),
                o.choice("infrastructure", "process", "process", "in-jvm"),
                List.of(o.text("infrastructure-jvm-options", "-Xmx1g").trim().split("\\s+")),
                o.has("service-properties") ? List.of(o.text("service-properties", "").split(",")) : List.of(),
                Path.of(o.text("report", "docs/benchmarks.md")),
                o.text("section", o.has("target") ? "running-platform" : "embedded-default"),
                o.text("note", ""),
                o.has("target") ? URI.create(o.text("target", null)) : null,
                o.text("token", null),
                o.text("user", "admin"),
                o.text("password", "demo-admin"),
                o.text("scheme-path", "/api/skills-recognition/schemes"),
                o.text("kafka", null),
                o.text("topic", "skills-recognition.events"),
                List.of(args));
        o.rejectUnknown();
        if (options.sizes.isEmpty() || options.rate <= 0 || options.threads < 1 || options.openLoopThreads < 1
                || options.fillThreads < 1 || options.oldCaseShare < 0 || options.oldCaseShare > 1) {
            throw new IllegalArgumentException("sizes, rate and thread counts must be positive; old-case-share 0..1");
        }
        return options;
    }

    public boolean againstRunningPlatform() {
        return target != null;
    }

    /** Reads options by name, remembering which were read so a misspelt one is refused rather than ignored. */
    private static final class Options {

        private final Map<String, String> given;
        private final Set<String> read = new java.util.HashSet<>();

        Options(Map<String, String> given) {
            this.given = given;
        }

        boolean has(String name) {
            return given.containsKey(name);
        }

        String text(String name, String fallback) {
            read.add(name);
            return given.getOrDefault(name, fallback);
        }

        int integer(String name, String fallback) {
            return Integer.parseInt(text(name, fallback).replace("_", ""));
        }

        double decimal(String name, String fallback) {
            return Double.parseDouble(text(name, fallback));
        }

        String choice(String name, String fallback, String... allowed) {
            String value = text(name, fallback);
            if (!Arrays.asList(allowed).contains(value)) {
                throw new IllegalArgumentException("--" + name + " is one of " + String.join(", ", allowed));
            }
            return value;
        }

        List<Long> sizes(String name, String fallback) {
            List<Long> sizes = new ArrayList<>();
            for (String size : text(name, fallback).split(",")) {
                sizes.add(count(size.trim()));
            }
            return List.copyOf(sizes);
        }

        Duration duration(String name, String fallback) {
            return BenchmarkOptions.duration(text(name, fallback));
        }

        void rejectUnknown() {
            List<String> unknown = given.keySet().stream().filter(name -> !read.contains(name)).sorted().toList();
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown option(s): --" + String.join(", --", unknown));
            }
        }
    }

    /** {@code 10000}, {@code 10k}, {@code 300_000}, {@code 1m}. */
    static long count(String text) {
        String value = text.toLowerCase(Locale.ROOT).replace("_", "");
        if (value.endsWith("k")) {
            return Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1_000);
        }
        if (value.endsWith("m")) {
            return Math.round(Double.parseDouble(value.substring(0, value.length() - 1)) * 1_000_000);
        }
        return Long.parseLong(value);
    }

    /** {@code 20s}, {@code 500ms}, {@code 5m}, {@code 1h}; a bare number is seconds. */
    static Duration duration(String text) {
        String value = text.toLowerCase(Locale.ROOT).trim();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        long amount = Long.parseLong(value.replaceAll("[smh]$", ""));
        return switch (value.charAt(value.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
