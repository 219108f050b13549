package org.corridor.benchmark.permits;

import org.corridor.platform.IssuerTokens;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * Lodges permit applications through a running platform's visa-permit-tracking and this benchmark's WireMock
 * immigration system, which fails a share of the calls and adds latency to each, and checks on the WireMock side
 * that every application was lodged exactly once. Each application is opened by a real
 * {@code employer-matching.placement-agreed.v1} record on {@code employer-matching.events} (the contract's example
 * with fresh ids, checked against the schema), its worker adds their details and the consulate verifies the
 * checklist over HTTP, then the consulate lodges them all and the benchmark waits for the queue to drain.
 * See {@code infra/benchmark-permits/README.md}.
 */
public final class PermitLodgementBenchmark {

    static final String PLACEMENT_AGREED = "employer-matching.placement-agreed.v1";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private PermitLodgementBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Instant started = Instant.now();
        String loadAtStart = loadAverage();
        say(log, "load average at start: " + loadAtStart);
        try (ImmigrationSystem immigration = new ImmigrationSystem(options.immigrationPort(),
                new FaultSchedule(options.seed(), options.failureRate(), options.minLatency(), options.maxLatency()))) {
            immigration.start();
            say(log, "immigration system (WireMock) at " + immigration.baseUrl() + "; waiting for "
                    + options.serviceUrl());
            // The identity service is at the port base + 5; visa-permit-tracking at the port base + 3. Its signing
            // key is written at its first start, so a platform started just now may not have it yet.
            int portBase = java.net.URI.create(options.serviceUrl()).getPort() - 3;
            Path signingKey = options.dataDir().resolve("identity").resolve("signing-key.jwk");
            long keyDeadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!Files.isRegularFile(signingKey) || Files.size(signingKey) == 0) {
                if (System.nanoTime() > keyDeadline) {
                    throw new IllegalStateException("no identity signing key at " + signingKey
                            + "; is the platform started with --data-dir " + options.dataDir() + "?");
                }
                Thread.sleep(2_000);
            }
            Thread.sleep(1_000);
            PermitService service = new PermitService(options.serviceUrl(),
                    IssuerTokens.of(options.dataDir(), IssuerTokens.embeddedIssuer(portBase)));
            long waitUntil = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (!service.healthy()) {
                if (System.nanoTime() > waitUntil) {
                    throw new IllegalStateException("visa-permit-tracking is not UP at " + options.serviceUrl());
                }
                Thread.sleep(2_000);
            }
            long lodgedBefore = service.count("LODGED");
            long openBefore = service.count("OPEN");
            int n = options.applications();

            // 1. Placements on the topic open the applications.
            List<String> placements = new ArrayList<>(n);
            List<String> persons = new ArrayList<>(n);
            String runId = UUID.randomUUID().toString().substring(0, 8);
            Instant producing = Instant.now();
            try (KafkaProducer<String, String> producer = producer(options.kafka())) {
                for (int i = 0; i < n; i++) {
                    String placementId = "pl-bench-" + runId + "-" + i;
                    String personId = UUID.randomUUID().toString();
                    placements.add(placementId);
                    persons.add(personId);
                    String record = Contracts.example(PLACEMENT_AGREED)
                            .replace("pl-91b0c7e2", placementId)
                            .replace("afb206da-1cd7-5b8d-864c-510b1433f7b4", UUID.randomUUID().toString())
                            .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId);
                    Contracts.requireValid(record);
                    producer.send(new ProducerRecord<>("employer-matching.events", placementId, record));
                }
                producer.flush();
            }
            List<String> applications = placements.stream().map(PermitLodgementBenchmark::applicationOf).toList();
            Duration opening = null;
            if (!options.pipeline()) {
                awaitCount(service, "OPEN", openBefore + n, Duration.ofMinutes(30));
                opening = Duration.between(producing, Instant.now());
                say(log, n + " applications opened from placement events in " + seconds(opening));
            }

            // 2. Workers add their details, the consulate verifies every document (11 calls per application), and
            // 3. the consulate lodges: all at once after every checklist, or each as soon as its checklist is done.
            AtomicInteger prepared = new AtomicInteger();
            AtomicInteger lodgeRequests = new AtomicInteger();
            AtomicReference<Instant> firstLodge = new AtomicReference<>();
            List<String> progress = Collections.synchronizedList(new ArrayList<>());
            Instant preparing = options.pipeline() ? producing : Instant.now();
            ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
            sampler.scheduleAtFixedRate(() -> {
                try {
                    String line = seconds(Duration.between(preparing, Instant.now())) + ": " + prepared.get()
                            + " checklists done, " + lodgeRequests.get() + " lodged by the consulate, "
                            + (service.count("LODGED") - lodgedBefore) + " cases recorded, "
                            + immigration.cases().counts().lodgementCalls() + " lodgement calls counted, load "
                            + loadAverage();
                    progress.add(line);
                    say(log, line);
                } catch (RuntimeException e) {
                    say(log, "progress not read: " + e.getMessage());
                }
            }, 60, 60, TimeUnit.SECONDS);
            IntConsumer lodge = i -> {
                firstLodge.compareAndSet(null, Instant.now());
                service.lodge(applications.get(i));
                lodgeRequests.incrementAndGet();
            };
            Duration preparation;
            String loadBeforeLodging;
            if (options.pipeline()) {
                loadBeforeLodging = loadAverage();
                inParallel(options.threads(), n, i -> {
                    service.awaitOpened(applications.get(i), Duration.ofMinutes(30));
                    service.completeChecklist(applications.get(i), persons.get(i), i);
                    prepared.incrementAndGet();
                    lodge.accept(i);
                });
                preparation = Duration.between(preparing, Instant.now());
            } else {
                inParallel(options.threads(), n, i -> {
                    service.completeChecklist(applications.get(i), persons.get(i), i);
                    prepared.incrementAndGet();
                });
                preparation = Duration.between(preparing, Instant.now());
                say(log, "checklists completed in " + seconds(preparation) + " (" + rate(11L * n, preparation)
                        + " requests/s)");
                loadBeforeLodging = loadAverage();
                inParallel(options.threads(), n, lodge);
            }
            Instant lodgingStarted = firstLodge.get();
            Instant lodgeRequestsDone = Instant.now();
            say(log, n + " lodgements accepted (202), the last " + seconds(Duration.between(lodgingStarted,
                    lodgeRequestsDone)) + " after the first");

            long deadline = System.nanoTime() + options.drainTimeout().toNanos();
            long lodged = service.count("LODGED") - lodgedBefore;
            while (lodged < n && System.nanoTime() < deadline) {
                Thread.sleep(1_000);
                lodged = service.count("LODGED") - lodgedBefore;
            }
            sampler.shutdownNow();
            Instant drained = Instant.now();
            Duration drain = Duration.between(lodgingStarted, drained);
            say(log, lodged == n ? "drained in " + seconds(drain) : "NOT drained after " + seconds(drain) + ": "
                    + lodged + " of " + n);

            // 4. Check each application against the remote's own count.
            Thread.sleep(3_000);
            RemoteCases.Counts counts = immigration.cases().counts();
            Verification verification = verify(service, immigration, applications, options.threads());
            String loadAtEnd = loadAverage();
            say(log, "remote: " + counts + "; faults " + immigration.faults() + "; service side: " + verification);

            String markdown = report(options, started, Instant.now(), n, opening, preparation, lodgingStarted,
                    lodgeRequestsDone, drained, lodged, counts, immigration, verification, progress,
                    List.of(loadAtStart, loadBeforeLodging, loadAtEnd), args);
            if (options.report() != null) {
                BenchmarksSection.write(options.report(), markdown);
                say(log, "figures written to " + options.report());
            } else {
                System.out.println(markdown);
            }
            if (lodged != n || !verification.exactlyOnce(n, counts)) {
                System.exit(1);
            }
        }
    }

    /** The service's rule (ADR 40): one placement, one application, its id derived from the placement's. */
    static String applicationOf(String placementId) {
        return "app-" + UUID.nameUUIDFromBytes(("placement:" + placementId).getBytes(StandardCharsets.UTF_8));
    }

    record Verification(long checked, long lodgedWithTheRemotesCase, long wrongOrMissingCase, List<Long> waitsMillis,
                        Map<Integer, Long> attemptsHistogram) {

        boolean exactlyOnce(int n, RemoteCases.Counts counts) {
            return counts.keys() == n && counts.cases() == n && counts.applications() == n
                    && counts.applicationsWithTwoCases() == 0 && lodgedWithTheRemotesCase == n
                    && wrongOrMissingCase == 0;
        }

        @Override
        public String toString() {
            return checked + " checked, " + lodgedWithTheRemotesCase + " with the remote's case, "
                    + wrongOrMissingCase + " wrong or missing";
        }
    }

    /** Each application's view: LODGED under the one case the remote opened for it; its wait and rounds. */
    private static Verification verify(PermitService service, ImmigrationSystem immigration, List<String> applications,
                                       int threads) throws Exception {
        List<Long> waits = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Long> attempts = Collections.synchronizedMap(new java.util.TreeMap<>());
        long[] good = {0};
        long[] bad = {0};
        inParallel(threads, applications.size(), i -> {
            JsonNode view = service.application(applications.get(i));
            String caseReference = view.path("caseReference").asText(null);
            boolean ok = "LODGED".equals(view.path("status").asText())
                    && caseReference != null && caseReference.equals(immigration.cases()
                    .onlyCaseOf(applications.get(i)));
            synchronized (good) {
                if (ok) {
                    good[0]++;
                } else {
                    bad[0]++;
                }
            }
            if (view.hasNonNull("lodgementRequestedAt") && view.hasNonNull("lodgedAt")) {
                waits.add(Duration.between(Instant.parse(view.get("lodgementRequestedAt").asText()),
                        Instant.parse(view.get("lodgedAt").asText())).toMillis());
            }
            attempts.merge(view.path("lodgement").path("attempts").asInt(0), 1L, Long::sum);
        });
        List<Long> sorted = new ArrayList<>(waits);
        Collections.sort(sorted);
        return new Verification(applications.size(), good[0], bad[0], sorted, new LinkedHashMap<>(attempts));
    }

    private static String report(Options options, Instant started, Instant finished, int n, Duration opening,
                                 Duration preparation, Instant lodgingStarted, Instant lodgeRequestsDone,
                                 Instant drained, long lodged, RemoteCases.Counts counts,
                                 ImmigrationSystem immigration, Verification verification, List<String> progress,
                                 List<String> loads, String[] args) {
        Duration drain = Duration.between(lodgingStarted, drained);
        StringBuilder md = new StringBuilder();
        md.append("## visa-permit-tracking: ").append(String.format(Locale.ROOT, "%,d", n))
                .append(" lodgements through a failing immigration system (`infra/benchmark-permits`)\n\n");
        md.append("_Written by `infra/benchmark-permits` on ").append(WHEN.format(finished)).append(" after a run of ")
                .append(Duration.between(started, finished).toMinutes())
                .append(" min; the next run replaces this section._\n\n");
        if (!options.note().isBlank()) {
            md.append(options.note().strip()).append("\n\n");
        }
        md.append("**Load**: the machine's ").append(Runtime.getRuntime().availableProcessors())
                .append(" cores ran the whole platform (six JVMs, Kafka, the MongoDB wire server), this benchmark and ")
                .append("its WireMock, and whatever else ran beside them; `uptime` load average (1/5/15 min) ")
                .append("at the start ").append(loads.get(0)).append(", when lodging began ").append(loads.get(1))
                .append(", at the end ").append(loads.get(2)).append(".\n\n");
        md.append("How: a platform started from the repository with `CORRIDOR_IMMIGRATION_URL` pointing at the ")
                .append("benchmark's WireMock on port ").append(options.immigrationPort()).append(" (")
                .append(options.failureRate() * 100).append("% of lodgement calls fail: 35% of those 503, 25% 500, ")
                .append("20% connection reset, 20% case opened and the answer lost; every call ")
                .append(options.minLatency()).append("-").append(options.maxLatency())
                .append(" ms, uniform; seed ").append(options.seed()).append("). Each application opened by a real ")
                .append("`employer-matching.placement-agreed.v1` record on `employer-matching.events` (valid against ")
                .append("the contract); the worker's details and the consulate's ten checklist calls over HTTP to ")
                .append("the service (").append(options.threads()).append(" callers); ")
                .append(options.pipeline() ? "each worked as soon as the service had opened it and lodged "
                        + "(`POST /applications/{id}/lodgement`, 202) as soon as its checklist was done, so opening, "
                        + "checklists and lodging went on together"
                        : "then all lodged (`POST /applications/{id}/lodgement`, 202)")
                .append("; the consulate's queue polled every second until every one is `LODGED`. Counted on the WireMock side by idempotency key and by the ")
                .append("application the request names. The service ran with its defaults (4 calls in flight, 3 ")
                .append("attempts a round, 30 s doubling to 15 min between rounds).\n\n");
        md.append("| figure | value |\n| --- | ---: |\n");
        row(md, "applications opened from placement events", opening == null
                ? n + ", each worked as soon as it was opened" : n + " in " + seconds(opening));
        row(md, options.pipeline() ? "checklists completed and lodged (12 HTTP calls each)"
                : "checklists completed (11 HTTP calls each)", seconds(preparation) + ", "
                + rate((options.pipeline() ? 12L : 11L) * n, preparation) + " calls/s");
        row(md, "lodge requests accepted (202), first to last", seconds(Duration.between(lodgingStarted,
                lodgeRequestsDone)));
        row(md, "**after the last lodge request, until every case was recorded**", "**" + seconds(Duration.between(
                lodgeRequestsDone, drained)) + "**");
        row(md, "**time to drain** (first lodge request to last application `LODGED`)", lodged == n
                ? "**" + seconds(drain) + "**" : "not drained: " + lodged + " of " + n + " after " + seconds(drain));
        row(md, "**throughput** (lodged per second over the drain)", "**" + rate(lodged, drain) + "/s**");
        row(md, "lodgement calls reaching the remote (faults before counting excluded)",
                String.format(Locale.ROOT, "%,d", counts.lodgementCalls()));
        Map<FaultSchedule.Fault, Long> faults = immigration.faults();
        long allCalls = faults.values().stream().mapToLong(Long::longValue).sum();
        row(md, "lodgement calls in all, of which failed", String.format(Locale.ROOT, "%,d, %,d (%.1f%%): %s", allCalls,
                allCalls - faults.get(FaultSchedule.Fault.NONE),
                100.0 * (allCalls - faults.get(FaultSchedule.Fault.NONE)) / Math.max(1, allCalls),
                faultList(faults)));
        row(md, "remote calls per second over the drain", rate(allCalls, drain));
        row(md, "**distinct idempotency keys with a case / cases opened**", "**" + counts.keys() + " / "
                + counts.cases() + "**");
        row(md, "**applications with two cases**", "**" + counts.applicationsWithTwoCases() + "**");
        row(md, "lodgements answered with the case their key had opened (resent after a lost answer)",
                String.valueOf(counts.replays()));
        row(md, "applications `LODGED` under the remote's one case for them / wrong or missing",
                verification.lodgedWithTheRemotesCase() + " / " + verification.wrongOrMissingCase());
        row(md, "lodgements sent without the worker's personal details", String.valueOf(immigration
                .withoutPersonalDetails()));
        List<Long> waits = verification.waitsMillis();
        if (!waits.isEmpty()) {
            row(md, "wait from lodge to case recorded, p50 / p90 / p99 / max", percentile(waits, 50) + " / "
                    + percentile(waits, 90) + " / " + percentile(waits, 99) + " / "
                    + seconds(Duration.ofMillis(waits.get(waits.size() - 1))));
        }
        row(md, "rounds a lodgement took (rounds: applications)", verification.attemptsHistogram().toString());
        md.append('\n');
        if (!progress.isEmpty()) {
            md.append(options.pipeline() ? "Progress, from the first placement event (\"cases recorded\" is the "
                    + "consulate's queue, a little behind the remote):\n\n" : "Progress, from the start of the "
                    + "checklists:\n\n");
            progress.forEach(line -> md.append("- ").append(line).append('\n'));
            md.append('\n');
        }
        md.append("Command (after building the launcher, the services and the benchmark and starting the platform ")
                .append("as in [infra/benchmark-permits/README.md](../infra/benchmark-permits/README.md)):\n\n")
                .append("```\njava -jar infra/benchmark-permits/target/corridor-benchmark-permits.jar ")
                .append(String.join(" ", quoted(args))).append("\n```\n");
        return md.toString();
    }

    /** The arguments as they could be typed again; a note is long, and stands above, so it is not repeated. */
    private static List<String> quoted(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--note") && i + 1 < args.length) {
                out.add("--note '...'");
                i++;
            } else {
                out.add(args[i].contains(" ") ? "'" + args[i].replace("'", "'\\''") + "'" : args[i]);
            }
        }
        return out;
    }

    private static String faultList(Map<FaultSchedule.Fault, Long> faults) {
        List<String> parts = new ArrayList<>();
        faults.forEach((fault, count) -> {
            if (fault != FaultSchedule.Fault.NONE) {
                parts.add(fault.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + count);
            }
        });
        return String.join(", ", parts);
    }

    static String percentile(List<Long> sortedMillis, int p) {
        int index = (int) Math.ceil(sortedMillis.size() * p / 100.0) - 1;
        return seconds(Duration.ofMillis(sortedMillis.get(Math.max(0, Math.min(index, sortedMillis.size() - 1)))));
    }

    private static void row(StringBuilder md, String figure, String value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String rate(long count, Duration duration) {
        return String.format(Locale.ROOT, "%.1f", count / Math.max(0.001, duration.toMillis() / 1000.0));
    }

    private static void awaitCount(PermitService service, String status, long expected, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long count = service.count(status);
        while (count < expected) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(count + " applications " + status + ", expected " + expected);
            }
            Thread.sleep(1_000);
            count = service.count(status);
        }
    }

    /** Runs {@code work} for 0..n-1 on {@code threads} callers; the first failure stops the run. */
    static void inParallel(int threads, int n, IntConsumer work) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int index = i;
                done.add(callers.submit(() -> work.accept(index)));
            }
            for (Future<?> one : done) {
                one.get();
            }
        } finally {
            callers.shutdownNow();
            callers.awaitTermination(10, TimeUnit.SECONDS);
        }
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void say(List<String> log, String line) {
        String stamped = WHEN.format(Instant.now()) + "  " + line;
        log.add(stamped);
        System.out.println(stamped);
    }
}
