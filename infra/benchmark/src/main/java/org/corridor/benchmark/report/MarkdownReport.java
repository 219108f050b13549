package org.corridor.benchmark.report;

import org.corridor.benchmark.infrastructure.JvmMemory;
import org.corridor.benchmark.measure.Summary;
import org.corridor.platform.BenchmarkSection;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Writes a run into {@code docs/benchmarks.md} as a section between two markers, replacing the section of the same
 * name from an earlier run and leaving everything else in the file as it was.
 */
public final class MarkdownReport {

    private static final long SECOND_MICROS = 1_000_000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private MarkdownReport() {
    }

    /** Puts {@code markdown} between the section's markers in {@code file}, in place of what was there. */
    public static void write(Path file, String section, String markdown) throws IOException {
        BenchmarkSection.write(file, section, markdown);
    }

    public static String render(RunResult run, String section) {
        StringBuilder md = new StringBuilder();
        List<SizeResult> sizes = run.sizes();
        md.append("## ").append(run.title()).append("\n\n");
        md.append("_Written by `infra/benchmark` on ").append(WHEN.format(run.finished())).append(" after a run of ")
                .append(Duration.between(run.started(), run.finished()).toMinutes()).append(" min; the next run with `--section ")
                .append(section).append("` replaces this section._\n\n");
        if (!run.note().isBlank()) {
            md.append(run.note().strip()).append("\n\n");
        }
        md.append(contention(run)).append("\n\n");
        md.append("Machine: ").append(run.machine()).append(".\n\n");
        md.append("Command, from the repository's root:\n\n```\n").append(run.buildCommand()).append(" && \\\n  ")
                .append(run.runCommand()).append("\n```\n\n");
        md.append("How it was measured:\n\n");
        run.setup().forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n');
        if (!sizes.isEmpty()) {
            md.append(targets(sizes)).append('\n');
            if (sizes.size() > 1) {
                md.append(growth(sizes)).append('\n');
            }
            sizes.forEach(size -> md.append(atSize(size)).append('\n'));
        }
        return md.toString();
    }

    /** Above this share of the machine's CPU used by other processes in any measured phase, a run was contended. */
    private static final double OTHERS_QUIET = 0.10;

    private static String contention(RunResult run) {
        List<PhaseResult> phases = run.sizes().stream()
                .flatMap(size -> java.util.stream.Stream.of(size.steady(), size.flatOut()))
                .toList();
        String busy = phases.stream().map(phase -> percent(phase.machineBusy())).collect(Collectors.joining(", "));
        if (phases.stream().anyMatch(phase -> phase.serviceCores() < 0)) {
            return "The whole machine's CPU (the platform's processes, the benchmark and anything else) was busy "
                    + busy + " during the measured phases. Load average (1 / 5 / 15 min) " + run.loadAtStart()
                    + " when the run started and " + run.loadAtEnd() + " when it finished.";
        }
        String others = phases.stream().map(phase -> percent(othersShare(phase))).collect(Collectors.joining(", "));
        boolean quiet = phases.stream().allMatch(phase -> othersShare(phase) < OTHERS_QUIET);
        String figures = "The whole machine's CPU was busy " + busy + " during the measured phases, in the order of "
                + "the tables below; processes other than the benchmark's two JVMs used " + others + " of it. Load "
                + "average (1 / 5 / 15 min) " + run.loadAtStart() + " when the run started and " + run.loadAtEnd()
                + " when it finished.";
        return quiet
                ? "**Taken on a quiet machine:** other processes used under " + percent(OTHERS_QUIET)
                + " of the CPU in every measured phase. " + figures
                : "**Taken on a shared machine, under contention.** " + figures + " Figures from a quiet machine "
                + "would be better; read these as what the platform does when it does not have the cores to itself.";
    }

    /** Share of the whole machine's CPU that neither of the benchmark's JVMs used during a phase. */
    private static double othersShare(PhaseResult phase) {
        double ours = (phase.serviceCores() + Math.max(0, phase.infraCores()))
                / Runtime.getRuntime().availableProcessors();
        return Math.max(0, phase.machineBusy() - ours);
    }

    private static String targets(List<SizeResult> sizes) {
        SizeResult first = sizes.get(0);
        SizeResult last = sizes.get(sizes.size() - 1);
        StringBuilder md = new StringBuilder("### Done when\n\n| target | figures | met |\n| --- | --- | --- |\n");
        double ratio = last.flatOut().commandsPerSecond() / first.flatOut().commandsPerSecond();
        md.append("| at ").append(count(last.target())).append(" stored events, at least half the commands per second "
                        + "of ").append(count(first.target())).append(" (flat out) | ")
                .append(rate(first.flatOut().commandsPerSecond())).append(" → ")
                .append(rate(last.flatOut().commandsPerSecond())).append(" commands/s, ratio ")
                .append(String.format(Locale.ROOT, "%.2f", ratio)).append(" | ")
                .append(sizes.size() > 1 ? yes(ratio >= 0.5) : "– (one size)").append(" |\n");
        double cpuRatio = last.flatOut().cpuMillisPerCommand() / first.flatOut().cpuMillisPerCommand();
        if (first.flatOut().cpuMillisPerCommand() >= 0) {
            md.append("| (the same, independent of what else runs) CPU per command at ")
                    .append(shortCount(last.target())).append(" at most twice that at ")
                    .append(shortCount(first.target())).append(" | ")
                    .append(decimal(first.flatOut().cpuMillisPerCommand())).append(" → ")
                    .append(decimal(last.flatOut().cpuMillisPerCommand())).append(" CPU ms per command, ratio ")
                    .append(String.format(Locale.ROOT, "%.2f", cpuRatio)).append(" | ")
                    .append(yes(sizes.size() > 1 && cpuRatio > 0 && cpuRatio <= 2)).append(" |\n");
        }
        boolean projectionSteady = sizes.stream().allMatch(s -> below(s.steady().projectionLag(), SECOND_MICROS));
        boolean projectionFlat = sizes.stream().allMatch(s -> below(s.flatOut().projectionLag(), SECOND_MICROS));
        md.append("| projection lag p99 < 1 s, at a steady ").append(rateOf(first.steady())).append(" | ")
                .append(perSize(sizes, s -> time(s.steady().projectionLag().p99Micros()))).append(" | ")
                .append(yes(projectionSteady)).append(" |\n");
        md.append("| projection lag p99 < 1 s, flat out | ")
                .append(perSize(sizes, s -> time(s.flatOut().projectionLag().p99Micros()))).append(" | ")
                .append(yes(projectionFlat)).append(" |\n");
        boolean publication = sizes.stream().allMatch(s -> below(s.steady().publicationLag(), SECOND_MICROS));
        md.append("| publication lag p99 < 1 s at a steady ").append(rateOf(first.steady())).append(" | ")
                .append(perSize(sizes, s -> time(s.steady().publicationLag().p99Micros()))).append(" | ")
                .append(yes(publication)).append(" |\n");
        md.append("| (not a target) publication lag p99 flat out | ")
                .append(perSize(sizes, s -> time(s.flatOut().publicationLag().p99Micros()))).append(" | – |\n");
        return md.toString();
    }

    private static String growth(List<SizeResult> sizes) {
        SizeResult first = sizes.get(0);
        SizeResult last = sizes.get(sizes.size() - 1);
        StringBuilder md = new StringBuilder("### Cost growth from " + count(first.target()) + " to "
                + count(last.target()) + " stored events\n\n| measure |");
        sizes.forEach(size -> md.append(" at ").append(count(size.target())).append(" |"));
        md.append(" ").append(shortCount(last.target())).append(" / ").append(shortCount(first.target()))
                .append(" |\n| --- |");
        sizes.forEach(size -> md.append(" ---: |"));
        md.append(" ---: |\n");
        rateRow(md, sizes, "commands/s, flat out", s -> s.flatOut().commandsPerSecond());
        rateRow(md, sizes, "creates/s, flat out", s -> s.flatOut().createsPerSecond());
        rateRow(md, sizes, "updates/s, flat out", s -> s.flatOut().updatesPerSecond());
        rateRow(md, sizes, "commands/s, steady (due: " + rateOf(first.steady()) + ")",
                s -> s.steady().commandsPerSecond());
        decimalRow(md, sizes, "CPU ms per command (accepted, projected, published), flat out",
                s -> s.flatOut().cpuMillisPerCommand());
        decimalRow(md, sizes, "CPU ms per command (accepted, projected, published), steady",
                s -> s.steady().cpuMillisPerCommand());
        int cores = Runtime.getRuntime().availableProcessors();
        rateRow(md, sizes, "commands/s that cost allows on " + cores + " cores of our own (derived: cores × 1000 / "
                + "CPU ms per command, flat out)", s -> s.flatOut().cpuMillisPerCommand() <= 0 ? -1
                : cores * 1000 / s.flatOut().cpuMillisPerCommand());
        timeRow(md, sizes, "create p50, flat out", s -> s.flatOut().creates().p50Micros());
        timeRow(md, sizes, "create p99, flat out", s -> s.flatOut().creates().p99Micros());
        timeRow(md, sizes, "update p50, flat out", s -> s.flatOut().updates().p50Micros());
        timeRow(md, sizes, "update p99, flat out", s -> s.flatOut().updates().p99Micros());
        if (!last.flatOut().updatesHit().isEmpty() || !last.flatOut().updatesMiss().isEmpty()) {
            timeRow(md, sizes, "update (cache hit) p99, flat out", s -> s.flatOut().updatesHit().p99Micros());
            timeRow(md, sizes, "update (cache miss) p99, flat out", s -> s.flatOut().updatesMiss().p99Micros());
        }
        timeRow(md, sizes, "create p99, steady", s -> s.steady().creates().p99Micros());
        timeRow(md, sizes, "update p99, steady", s -> s.steady().updates().p99Micros());
        timeRow(md, sizes, "cold aggregate load p50", s -> s.coldLoads().p50Micros());
        timeRow(md, sizes, "cold aggregate load p99", s -> s.coldLoads().p99Micros());
        timeRow(md, sizes, "read-model read p99, flat out", s -> s.flatOut().reads().p99Micros());
        timeRow(md, sizes, "projection lag p99, steady", s -> s.steady().projectionLag().p99Micros());
        timeRow(md, sizes, "projection lag p99, flat out", s -> s.flatOut().projectionLag().p99Micros());
        timeRow(md, sizes, "publication lag p99, steady", s -> s.steady().publicationLag().p99Micros());
        timeRow(md, sizes, "publication lag p99, flat out", s -> s.flatOut().publicationLag().p99Micros());
        memoryRow(md, sizes, "service JVM resident memory", s -> s.service().residentBytes());
        memoryRow(md, sizes, "service JVM peak resident memory so far", s -> s.service().peakResidentBytes());
        memoryRow(md, sizes, "service JVM heap committed", s -> s.service().heapCommittedBytes());
        memoryRow(md, sizes, "service JVM heap live (used after a full GC)", s -> s.service().heapUsedBytes());
        memoryRow(md, sizes, "service JVM direct buffers", s -> s.service().directBytes());
        if (last.infrastructure() != null) {
            memoryRow(md, sizes, "infrastructure JVM resident memory", s -> s.infrastructure().residentBytes());
        }
        return md.toString();
    }

    private static String atSize(SizeResult size) {
        PhaseResult steady = size.steady();
        PhaseResult flat = size.flatOut();
        StringBuilder md = new StringBuilder("### At " + count(size.target()) + " stored events\n\n");
        md.append("| | steady | flat out |\n| --- | --- | --- |\n");
        row(md, "load", steady.load(), flat.load());
        row(md, "stored events during the phase", range(steady), range(flat));
        row(md, "commands/s (creates + updates)", steadyRate(steady), rate(flat.commandsPerSecond()));
        row(md, "creates/s; latency p50 / p99", rateAndTimes(steady.createsPerSecond(), steady.creates()),
                rateAndTimes(flat.createsPerSecond(), flat.creates()));
        boolean updates = !steady.updates().isEmpty() || !flat.updates().isEmpty();
        if (updates) {
            row(md, "updates/s; latency p50 / p99", rateAndTimes(steady.updatesPerSecond(), steady.updates()),
                    rateAndTimes(flat.updatesPerSecond(), flat.updates()));
        }
        if (updates && steady.updatesUncached().isEmpty() && flat.updatesUncached().isEmpty()) {
            row(md, "updates, aggregate in the cache: count; p50 / p99", countAndTimes(steady.updatesHit()),
                    countAndTimes(flat.updatesHit()));
            row(md, "updates, aggregate loaded from the store: count; p50 / p99", countAndTimes(steady.updatesMiss()),
                    countAndTimes(flat.updatesMiss()));
        } else if (updates) {
            row(md, "updates without an aggregate cache (each loads from the store): count; p50 / p99",
                    countAndTimes(steady.updatesUncached()), countAndTimes(flat.updatesUncached()));
        }
        row(md, "read-model reads between commands, p50 / p99", times(steady.reads()), times(flat.reads()));
        row(md, "projection lag p50 / p99", lag(steady.projectionLag()), lag(flat.projectionLag()));
        row(md, "publication lag p50 / p99", lag(steady.publicationLag()), lag(flat.publicationLag()));
        row(md, "every event of the phase projected and published", settled(steady.settled()),
                settled(flat.settled()));
        if (steady.kafkaRoundTrip() != null || flat.kafkaRoundTrip() != null) {
            row(md, "Kafka round trip of a lone producer, p50 / p99", steady.kafkaRoundTrip() == null ? "–"
                            : times(steady.kafkaRoundTrip()) + " (idle: " + times(size.idleRoundTrip()) + ")",
                    flat.kafkaRoundTrip() == null ? "–" : times(flat.kafkaRoundTrip()));
        }
        if (steady.serviceCores() >= 0) {
            row(md, "CPU: service JVM / infrastructure JVM, in cores; whole machine busy", cpu(steady), cpu(flat));
            row(md, "CPU ms per command, both JVMs, until every event was projected and published",
                    decimal(steady.cpuMillisPerCommand()), decimal(flat.cpuMillisPerCommand()));
        } else {
            row(md, "whole machine CPU busy", percent(steady.machineBusy()), percent(flat.machineBusy()));
        }
        if (steady.serviceCores() >= 0) {
            row(md, "GC in the service JVM", gc(steady), gc(flat));
        }
        row(md, "failed commands", failures(steady), failures(flat));
        row(md, "load average at the end", steady.loadAverage(), flat.loadAverage());
        md.append('\n');
        if (!size.coldLoads().isEmpty()) {
            md.append("Cold aggregate load (uncached repository, ").append(count(size.coldLoads().count()))
                    .append(" old aggregates at random, store at ").append(count(size.storeAtColdLoad()))
                    .append(" events): ").append(times(size.coldLoads())).append(" (p50 / p99).\n\n");
        }
        SizeResult.Fill fill = size.fill();
        if (fill.added() > 0) {
            md.append("Fill (not measured): ").append(count(fill.added())).append(" events in ")
                    .append(fill.took().toSeconds()).append(" s (").append(rate(fill.eventsPerSecond()))
                    .append(" events/s, ").append(fill.failures()).append(" failed), ").append(fill.method())
                    .append(".");
            if (!fill.behindAtEnd().isEmpty()) {
                md.append(" Events still to handle when the fill's last command returned: ")
                        .append(mapOf(fill.behindAtEnd(), MarkdownReport::count)).append("; caught up after: ")
                        .append(mapOf(fill.caughtUpAfter(), MarkdownReport::duration)).append('.');
            }
            md.append("\n\n");
        }
        if (size.service().residentBytes() >= 0) {
            md.append("Memory after the phases: service JVM ").append(memory(size.service()));
            if (size.infrastructure() != null) {
                md.append("; infrastructure JVM (Kafka and MongoDB wire server) ")
                        .append(memory(size.infrastructure()));
            }
            md.append(".\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String name, String steady, String flat) {
        md.append("| ").append(name).append(" | ").append(steady).append(" | ").append(flat).append(" |\n");
    }

    private static void rateRow(StringBuilder md, List<SizeResult> sizes, String name,
                                ToDoubleFunction<SizeResult> value) {
        md.append("| ").append(name).append(" |");
        sizes.forEach(size -> md.append(' ').append(rate(value.applyAsDouble(size))).append(" |"));
        md.append(' ').append(ratio(value.applyAsDouble(sizes.get(sizes.size() - 1)),
                value.applyAsDouble(sizes.get(0)))).append(" |\n");
    }

    private static void decimalRow(StringBuilder md, List<SizeResult> sizes, String name,
                                   ToDoubleFunction<SizeResult> value) {
        md.append("| ").append(name).append(" |");
        sizes.forEach(size -> md.append(' ').append(decimal(value.applyAsDouble(size))).append(" |"));
        md.append(' ').append(ratio(value.applyAsDouble(sizes.get(sizes.size() - 1)),
                value.applyAsDouble(sizes.get(0)))).append(" |\n");
    }

    private static String decimal(double value) {
        return value < 0 ? "unknown" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static void timeRow(StringBuilder md, List<SizeResult> sizes, String name,
                                java.util.function.ToLongFunction<SizeResult> micros) {
        md.append("| ").append(name).append(" |");
        sizes.forEach(size -> md.append(' ').append(time(micros.applyAsLong(size))).append(" |"));
        long first = micros.applyAsLong(sizes.get(0));
        long last = micros.applyAsLong(sizes.get(sizes.size() - 1));
        md.append(' ').append(first == Long.MAX_VALUE || last == Long.MAX_VALUE ? "–" : ratio(last, first))
                .append(" |\n");
    }

    private static void memoryRow(StringBuilder md, List<SizeResult> sizes, String name,
                                  java.util.function.ToLongFunction<SizeResult> bytes) {
        md.append("| ").append(name).append(" |");
        sizes.forEach(size -> md.append(' ').append(mebibytes(bytes.applyAsLong(size))).append(" |"));
        md.append(' ').append(ratio(bytes.applyAsLong(sizes.get(sizes.size() - 1)), bytes.applyAsLong(sizes.get(0))))
                .append(" |\n");
    }

    private static boolean below(Summary lag, long micros) {
        return !lag.isEmpty() && lag.p99Micros() < micros;
    }

    private static String perSize(List<SizeResult> sizes, Function<SizeResult, String> figure) {
        return sizes.stream().map(size -> shortCount(size.target()) + ": " + figure.apply(size))
                .collect(Collectors.joining("; "));
    }

    private static String rateOf(PhaseResult steady) {
        return rate(steady.targetRate()) + " commands/s";
    }

    private static String steadyRate(PhaseResult steady) {
        return rate(steady.commandsPerSecond()) + " (" + count(steady.due()) + " due, " + count(steady.startedLate())
                + " started over 10 ms late)";
    }

    private static String range(PhaseResult phase) {
        return count(phase.storeAtStart()) + " → " + count(phase.storeAtEnd());
    }

    private static String rateAndTimes(double perSecond, Summary latency) {
        return rate(perSecond) + "/s; " + times(latency);
    }

    private static String countAndTimes(Summary latency) {
        return latency.isEmpty() ? "none" : count(latency.count()) + "; " + times(latency);
    }

    private static String times(Summary latency) {
        return latency == null || latency.isEmpty() ? "–"
                : time(latency.p50Micros()) + " / " + time(latency.p99Micros());
    }

    private static String lag(Summary lag) {
        if (lag.isEmpty()) {
            return "–";
        }
        String seen = lag.unobserved() == 0 ? "all " + count(lag.count()) + " events seen"
                : count(lag.count() - lag.unobserved()) + " of " + count(lag.count()) + " seen in time";
        return time(lag.p50Micros()) + " / " + time(lag.p99Micros()) + " (" + seen + ")";
    }

    private static String settled(Duration settled) {
        return settled == null ? "not within the wait" : duration(settled) + " after the phase ended";
    }

    private static String cpu(PhaseResult phase) {
        return String.format(Locale.ROOT, "%.2f / %.2f; %s", phase.serviceCores(), phase.infraCores(),
                percent(phase.machineBusy()));
    }

    private static String gc(PhaseResult phase) {
        return phase.gc().collections() + " collections, " + phase.gc().millis() + " ms";
    }

    private static String failures(PhaseResult phase) {
        return phase.failures() == 0 ? "0" : phase.failures() + " (first: " + phase.firstFailure() + ")";
    }

    private static String memory(JvmMemory memory) {
        return "resident " + mebibytes(memory.residentBytes()) + " (peak over the run so far "
                + mebibytes(memory.peakResidentBytes()) + "), of which heap committed "
                + mebibytes(memory.heapCommittedBytes()) + "; heap live (used after a full GC) "
                + mebibytes(memory.heapUsedBytes()) + "; direct buffers "
                + mebibytes(memory.directBytes());
    }

    private static <V> String mapOf(Map<String, V> values, Function<V, String> format) {
        return values.isEmpty() ? "none" : values.entrySet().stream()
                .map(e -> "`" + e.getKey() + "` " + format.apply(e.getValue()))
                .collect(Collectors.joining(", "));
    }

    private static String yes(boolean met) {
        return met ? "**yes**" : "**no**";
    }

    static String time(long micros) {
        if (micros == Long.MAX_VALUE) {
            return "longer than the wait";
        }
        double millis = micros / 1000.0;
        if (millis >= 1000) {
            return String.format(Locale.ROOT, "%.2f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format(Locale.ROOT, "%.0f ms", millis);
        }
        if (millis >= 10) {
            return String.format(Locale.ROOT, "%.1f ms", millis);
        }
        return String.format(Locale.ROOT, "%.2f ms", millis);
    }

    private static String duration(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    private static String rate(double perSecond) {
        if (perSecond < 0) {
            return "unknown";
        }
        return perSecond >= 100 ? String.format(Locale.ROOT, "%,.0f", perSecond)
                : String.format(Locale.ROOT, "%.1f", perSecond);
    }

    private static String ratio(double last, double first) {
        return first <= 0 || last < 0 ? "–" : String.format(Locale.ROOT, "%.2f", last / first);
    }

    private static String percent(double share) {
        return share < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private static String mebibytes(long bytes) {
        return bytes < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
    }

    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String shortCount(long value) {
        if (value >= 1_000_000 && value % 100_000 == 0) {
            return value / 1_000_000.0 % 1 == 0 ? value / 1_000_000 + "M" : value / 1_000_000.0 + "M";
        }
        if (value >= 1_000 && value % 1_000 == 0) {
            return value / 1_000 + "k";
        }
        return count(value);
    }
}
