package org.corridor.benchmark.skills;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The Markdown of one run, with the targets of the issue beside the figures. */
final class Report {

    static final Duration IMPORT_TARGET = Duration.ofSeconds(30);
    static final long SEARCH_P99_TARGET_MICROS = 100_000;

    private Report() {
    }

    /** Whether the one-minute load average at the start ("1.7 / 2.7 / 4.1") was above the number of cores. */
    static boolean contended(String loadAverages, int cores) {
        try {
            return Double.parseDouble(loadAverages.split("/")[0].trim()) > cores;
        } catch (RuntimeException unreadable) {
            return true;
        }
    }

    static String render(SkillsEnrolmentBenchmark.Result r) {
        StringBuilder md = new StringBuilder();
        md.append("## Enrolment import and trainee search (skills-recognition, through the gateway)\n\n");
        md.append("_Written by `infra/benchmark-skills` on ").append(SkillsEnrolmentBenchmark.utc(r.started()))
                .append("; the next run replaces this section._\n\n");
        if (!r.note().isBlank()) {
            md.append(r.note().strip()).append("\n\n");
        }
        md.append(contended(r.loadBefore(), Runtime.getRuntime().availableProcessors())
                        ? "Taken under contention: more was running than the machine has cores (load average "
                        : "Nothing ran beside the platform and the benchmark (load average ")
                .append(r.loadBefore()).append(" before, ").append(r.loadAfter()).append(" after). ")
                .append("Machine: ").append(r.machine()).append(".\n\n");
        md.append("Command, from the repository's root, with the platform started from the same build:\n\n```\n")
                .append("./mvnw -B -q -ntp -DskipTests package -pl infra/embedded,infra/benchmark-skills -am\n")
                .append("java -jar infra/benchmark-skills/target/corridor-benchmark-skills.jar ").append(r.arguments())
                .append("\n```\n\n");
        md.append("| measure | figure | target | met |\n| --- | --- | --- | --- |\n");
        md.append(row("CSV of " + String.format(Locale.ROOT, "%,d", r.rows()) + " rows (" + r.badRows()
                        + " bad): upload to every good row shown by the trainee search",
                seconds(r.readModelComplete()), "< 30 s", r.readModelComplete().compareTo(IMPORT_TARGET) < 0
                        && r.discrepancies().isEmpty()));
        md.append(row("trainee search p99 over " + String.format(Locale.ROOT, "%,d", r.search().count())
                        + " searches, " + String.format(Locale.ROOT, "%,d", r.traineesInScheme()) + " trainees in the scheme",
                Percentiles.millis(r.search().p99Micros()), "< 100 ms",
                r.search().p99Micros() < SEARCH_P99_TARGET_MICROS && r.searchFailures() == 0));
        md.append("\nImport: upload answered (file spooled, 202) after ").append(millis(r.uploadAnswered()))
                .append("; import finished after ").append(seconds(r.importFinished())).append(" (")
                .append(String.format(Locale.ROOT, "%.0f", r.rows() / Math.max(r.importFinished().toMillis() / 1000.0, 0.001)))
                .append(" rows/s); the search showed every good row after ").append(seconds(r.readModelComplete()))
                .append(". Result: ").append(r.enrolled()).append(" enrolled, ").append(r.refused()).append(" refused, ")
                .append(r.alreadyEnrolled()).append(" already enrolled; ")
                .append(r.discrepancies().isEmpty() ? "every bad line refused and every good row enrolled."
                        : "discrepancies: " + String.join("; ", r.discrepancies()) + ".").append("\n\n");
        md.append("Search (one clerk, searches one after the other, at most 40 a second (the gateway allows 50 per "
                        + "client), page size 20, after ")
                .append(SkillsEnrolmentBenchmark.warmUp(r.search().count())).append(" warm-up searches): p50 ")
                .append(Percentiles.millis(r.search().p50Micros())).append(", p90 ")
                .append(Percentiles.millis(r.search().p90Micros())).append(", p99 ")
                .append(Percentiles.millis(r.search().p99Micros())).append(", max ")
                .append(Percentiles.millis(r.search().maxMicros())).append("; ").append(r.searchFailures())
                .append(" failed.\n\n| query | searches | p50 | p99 |\n| --- | --- | --- | --- |\n");
        for (Map.Entry<String, Percentiles> kind : r.searchByKind().entrySet()) {
            md.append("| ").append(kind.getKey()).append(" | ").append(kind.getValue().count()).append(" | ")
                    .append(Percentiles.millis(kind.getValue().p50Micros())).append(" | ")
                    .append(Percentiles.millis(kind.getValue().p99Micros())).append(" |\n");
        }
        return md.toString();
    }

    private static String row(String measure, String figure, String target, boolean met) {
        return "| " + measure + " | " + figure + " | " + target + " | " + (met ? "yes" : "**no**") + " |\n";
    }

    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    static String loadAverage() {
        String[] parts = SkillsEnrolmentBenchmark.readOr(Path.of("/proc/loadavg"), "? ? ?").split("\\s+");
        return parts.length >= 3 ? parts[0] + " / " + parts[1] + " / " + parts[2] : "unknown";
    }

    static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
