package org.corridor.benchmark;

import org.corridor.benchmark.infrastructure.JvmMemory;
import org.corridor.benchmark.infrastructure.PlatformInfrastructure;
import org.corridor.benchmark.load.BulkFill;
import org.corridor.benchmark.load.ClosedLoop;
import org.corridor.benchmark.load.ColdLoads;
import org.corridor.benchmark.load.EventStoreReadAhead;
import org.corridor.benchmark.load.OpenLoop;
import org.corridor.benchmark.load.PersonCycle;
import org.corridor.benchmark.load.Tally;
import org.corridor.benchmark.load.Workload;
import org.corridor.benchmark.measure.GcStats;
import org.corridor.benchmark.measure.KafkaRoundTrip;
import org.corridor.benchmark.measure.LagWatch;
import org.corridor.benchmark.measure.Processors;
import org.corridor.benchmark.measure.ProcessStats;
import org.corridor.benchmark.measure.PublicationLag;
import org.corridor.benchmark.measure.Summary;
import org.corridor.benchmark.report.PhaseResult;
import org.corridor.benchmark.report.RunResult;
import org.corridor.benchmark.report.SizeResult;
import org.corridor.benchmark.service.ServiceUnderTest;
import org.apache.kafka.clients.producer.ProducerConfig;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The benchmark of the embedded default: a service on the shared kernel in this JVM, against the platform's
 * infrastructure, filled size after size and measured at each.
 */
final class EmbeddedDefaultRun {

    static final String SERVICE = "benchmark";
    private static final String FILL_BY_EVENTS = "whole cycles appended to the event store in batches, read models "
            + "written in bulk, processors then moved to the head";

    private final BenchmarkOptions options;
    private final PrintStream out;

    EmbeddedDefaultRun(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    RunResult run() throws Exception {
        Instant started = Instant.now();
        String loadAtStart = ProcessStats.loadAverage();
        Path dataDir = options.dataDir() != null ? options.dataDir()
                : Files.createTempDirectory("corridor-benchmark-");
        out.printf("data in %s; load average %s%n", dataDir.toAbsolutePath(), loadAtStart);
        List<SizeResult> sizes = new ArrayList<>();
        List<String> setup = new ArrayList<>();
        try (PlatformInfrastructure infrastructure = startInfrastructure(dataDir)) {
            out.printf("Kafka at %s, MongoDB wire server at %s, %s%n", infrastructure.kafkaBootstrapServers(),
                    infrastructure.mongoUri(), infrastructure.description());
            if (!options.warmup().isZero()) {
                warmUp(dataDir.resolve("warmup"), infrastructure);
            }
            try (ServiceUnderTest service = ServiceUnderTest.start(SERVICE, dataDir, infrastructure, options.serviceProperties())) {
                Processors processors = new Processors(service.axon(), service.eventStore());
                LagWatch publicationWatch = new LagWatch();
                try (PublicationLag publication = PublicationLag.follow(infrastructure.kafkaBootstrapServers(),
                        service.topic(), publicationWatch);
                     KafkaRoundTrip roundTrip = new KafkaRoundTrip(service.producerSettings(),
                             SERVICE + ".round-trip")) {
                    Workload workload = new Workload(service.commands(), service.views(), service.cacheLookups(),
                            options.activePeople(), processors.head() + 1);
                    ColdLoads coldLoads = new ColdLoads(service.eventStore());
                    BulkFill bulkFill = new BulkFill(service.eventStore(), service.axon(), service.views(), workload,
                            SERVICE);
                    Measurement measurement = new Measurement(service, infrastructure, processors, workload,
                            publicationWatch, roundTrip, bulkFill);
                    for (long size : options.sizes()) {
                        sizes.add(measurement.atSize(size, coldLoads));
                    }
                    setup.addAll(setup(service, infrastructure, processors, publication, dataDir));
                }
            }
        } finally {
            if (options.dataDir() == null && !options.keepData()) {
                deleteRecursively(dataDir);
            }
        }
        return new RunResult("Embedded default at " + sizeList() + " stored events", options.note(), started,
                Instant.now(), Machine.describe(), loadAtStart, ProcessStats.loadAverage(), Machine.BUILD_COMMAND,
                Machine.runCommand(options.arguments()), setup, sizes);
    }

    private PlatformInfrastructure startInfrastructure(Path dataDir) throws IOException {
        return options.infrastructure().equals("in-jvm")
                ? PlatformInfrastructure.inThisJvm(dataDir)
                : PlatformInfrastructure.inOwnProcess(dataDir, options.infrastructureJvm());
    }

    /** Compiles the hot paths on a throwaway service, so the first size is not measured on cold code. */
    private void warmUp(Path dataDir, PlatformInfrastructure infrastructure) {
        out.printf("warming up for %d s on a throwaway service%n", options.warmup().toSeconds());
        try (ServiceUnderTest warmup = ServiceUnderTest.start(SERVICE + "-warmup", dataDir, infrastructure,
                options.serviceProperties())) {
            Workload workload = new Workload(warmup.commands(), warmup.views(), warmup.cacheLookups(),
                    options.activePeople(), 0);
            workload.oldCaseShare(options.oldCaseShare());
            Tally tally = new Tally();
            ClosedLoop.run(workload, options.threads(), options.warmup(), tally);
            // Give the processors a moment with the backlog, then throw it all away; nothing here is measured.
            Processors processors = new Processors(warmup.axon(), warmup.eventStore());
            processors.awaitCaughtUp(processors.head(), Duration.ofSeconds(20));
            warmup.dropReadModels();
            out.printf("warm-up: %d commands, %d failed%n", tally.commands(), tally.failures());
        }
    }

    private final class Measurement {

        private final ServiceUnderTest service;
        private final PlatformInfrastructure infrastructure;
        private final Processors processors;
        private final Workload workload;
        private final LagWatch publicationWatch;
        private final KafkaRoundTrip roundTrip;
        private final BulkFill bulkFill;
        private final boolean separateInfrastructure;

        Measurement(ServiceUnderTest service, PlatformInfrastructure infrastructure, Processors processors,
                    Workload workload, LagWatch publicationWatch, KafkaRoundTrip roundTrip, BulkFill bulkFill) {
            this.service = service;
            this.infrastructure = infrastructure;
            this.processors = processors;
            this.workload = workload;
            this.publicationWatch = publicationWatch;
            this.roundTrip = roundTrip;
            this.bulkFill = bulkFill;
            this.separateInfrastructure = infrastructure.pid() != ProcessHandle.current().pid();
        }

        SizeResult atSize(long size, ColdLoads coldLoads) {
            SizeResult.Fill fill = fill(size);
            Summary idle = roundTrip.measure(200);
            out.printf("Kafka round trip alone, idle: p50 %.1f ms, p99 %.1f ms%n", idle.p50Millis(), idle.p99Millis());
            PhaseResult steady = phase("steady", String.format("%.0f commands/s on a schedule (open loop, %d threads)",
                    options.rate(), options.openLoopThreads()), options.rate(), tally -> {
                OpenLoop.Schedule schedule = OpenLoop.run(workload, options.rate(), options.duration(),
                        options.openLoopThreads(), tally);
                return new Driven(schedule.elapsed(), schedule.due(), schedule.startedLate());
            });
            PhaseResult flatOut = phase("flat out", options.threads() + " callers, each sending its next command "
                    + "when the last returns", 0, tally -> new Driven(
                    ClosedLoop.run(workload, options.threads(), options.duration(), tally), 0, 0));
            long storeAtColdLoad = workload.storedEvents();
            Summary cold = coldLoads.measure(workload, options.coldLoads(), Duration.ofSeconds(60));
            out.printf("cold loads at %,d events: %d, p50 %.2f ms, p99 %.2f ms%n", storeAtColdLoad, cold.count(),
                    cold.p50Millis(), cold.p99Millis());
            JvmMemory serviceMemory = JvmMemory.ofThisJvm(true);
            JvmMemory infrastructureMemory = separateInfrastructure ? infrastructure.memory(true) : null;
            return new SizeResult(size, fill, idle, steady, flatOut, cold, storeAtColdLoad, serviceMemory,
                    infrastructureMemory);
        }

        private SizeResult.Fill fill(long size) {
            long before = workload.storedEvents();
            if (before >= size) {
                out.printf("store already holds %,d events (asked for %,d)%n", before, size);
                return new SizeResult.Fill("none", 0, Duration.ZERO, 0, Map.of(), Map.of());
            }
            if (options.fill().equals("events")) {
                out.printf("appending whole cycles from %,d to %,d events%n", before, size);
                long start = System.nanoTime();
                bulkFill.fillTo(size);
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                out.printf("appended %,d events in %d s%n", workload.storedEvents() - before, took.toSeconds());
                Map<String, Duration> caughtUp = processors.awaitCaughtUp(processors.head(), Duration.ofMinutes(1));
                Duration readAhead = EventStoreReadAhead.awaitReached(service.eventStore(), processors.head(),
                        Duration.ofMinutes(5));
                out.printf("the event store's read-ahead went through the fill in %d s%n", readAhead.toSeconds());
                return new SizeResult.Fill(FILL_BY_EVENTS, workload.storedEvents() - before, took, 0, Map.of(),
                        caughtUp);
            }
            out.printf("filling from %,d to %,d events with %d callers%n", before, size, options.fillThreads());
            workload.oldCaseShare(0);
            workload.readBack(false);
            Tally tally = new Tally();
            Thread progress = progress(() -> String.format("  %,d events stored, processors at %s",
                    workload.storedEvents(), processors.positions()));
            Duration took = ClosedLoop.runUntil(workload, options.fillThreads(), () -> workload.storedEvents() >= size,
                    tally);
            long head = processors.head();
            Map<String, Long> behind = new LinkedHashMap<>();
            processors.positions().forEach((name, at) -> behind.put(name, head - at));
            out.printf("filled %,d events in %d s (%.0f/s, %d failed); behind: %s%n", workload.storedEvents() - before,
                    took.toSeconds(), (workload.storedEvents() - before) / (took.toNanos() / 1e9), tally.failures(),
                    behind);
            Map<String, Duration> caughtUp = processors.awaitCaughtUp(head, options.fillDrainTimeout());
            progress.interrupt();
            out.printf("processors caught up after: %s%n", caughtUp);
            return new SizeResult.Fill("commands from " + options.fillThreads() + " callers through the command gateway",
                    workload.storedEvents() - before, took, tally.failures(), behind, caughtUp);
        }

        /** @param targetRate commands per second on a schedule, or 0 for flat out; Kafka is probed beside the former */
        private PhaseResult phase(String name, String load, double targetRate, Driver driver) {
            boolean probeKafka = targetRate > 0;
            workload.oldCaseShare(options.oldCaseShare());
            workload.readBack(true);
            out.printf("%s at %,d events: %s for %d s%n", name, workload.storedEvents(), load,
                    options.duration().toSeconds());
            long storeAtStart = workload.storedEvents();
            long servicePid = ProcessHandle.current().pid();
            double serviceCpu = ProcessStats.cpuSeconds(servicePid);
            double infraCpu = separateInfrastructure ? ProcessStats.cpuSeconds(infrastructure.pid()) : 0;
            ProcessStats.MachineCpu machine = ProcessStats.machineCpu();
            GcStats gc = GcStats.now();
            Tally tally = new Tally();

            Instant from = Instant.now();
            service.projectionLag().open(from);
            publicationWatch.open(from);
            if (probeKafka) {
                roundTrip.startBackground(Duration.ofMillis(50));
            }
            Driven driven = driver.drive(tally);
            Instant to = Instant.now();
            service.projectionLag().close(to);
            publicationWatch.close(to);
            Summary kafkaRoundTrip = probeKafka ? roundTrip.stopBackground() : null;
            double seconds = driven.elapsed().toNanos() / 1e9;
            double serviceCores = (ProcessStats.cpuSeconds(servicePid) - serviceCpu) / seconds;
            double infraCores = separateInfrastructure
                    ? (ProcessStats.cpuSeconds(infrastructure.pid()) - infraCpu) / seconds : 0;
            double machineBusy = ProcessStats.machineCpu().busyShareSince(machine);
            GcStats gcDuring = GcStats.now().since(gc);
            String loadAverage = ProcessStats.loadAverage();

            int expected = tally.commands();
            Duration settled = settle(expected);
            double cpuSeconds = ProcessStats.cpuSeconds(servicePid) - serviceCpu + (separateInfrastructure
                    ? ProcessStats.cpuSeconds(infrastructure.pid()) - infraCpu : 0);
            PhaseResult result = new PhaseResult(name, load, targetRate, storeAtStart, workload.storedEvents(), driven.elapsed(),
                    tally.creates.summary(), tally.allUpdates().summary(), tally.updatesHit.summary(),
                    tally.updatesMiss.summary(), tally.updatesUncached.summary(), tally.reads.summary(),
                    tally.failures(), tally.firstFailure(), service.projectionLag().summary(expected),
                    publicationWatch.summary(expected), settled, kafkaRoundTrip, driven.due(), driven.late(),
                    serviceCores, infraCores, machineBusy, cpuSeconds, gcDuring, loadAverage);
            out.printf("  %.0f commands/s (%.0f creates/s, %.0f updates/s), %d failed; projection lag p99 %s, "
                            + "publication lag p99 %s, settled after %s; %.2f CPU ms per command; machine %.0f%% busy%n",
                    result.commandsPerSecond(), result.createsPerSecond(), result.updatesPerSecond(),
                    result.failures(), millis(result.projectionLag().p99Micros()),
                    millis(result.publicationLag().p99Micros()),
                    settled == null ? "not within the wait" : millis(settled.toNanos() / 1_000),
                    result.cpuMillisPerCommand(),
                    machineBusy * 100);
            return result;
        }

        /** Waits until every event of the phase has been projected and published; null if not within the wait. */
        private Duration settle(int expected) {
            long start = System.nanoTime();
            long deadline = start + options.drainTimeout().toNanos();
            while (System.nanoTime() < deadline) {
                if (service.projectionLag().observed() >= expected && publicationWatch.observed() >= expected) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
                sleep(20);
            }
            return null;
        }

        private Thread progress(Supplier<String> line) {
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        Thread.sleep(15_000);
                        out.println(line.get());
                    }
                } catch (InterruptedException stopped) {
                    // the fill is over
                }
            }, "fill-progress");
            thread.setDaemon(true);
            thread.start();
            return thread;
        }
    }

    private List<String> setup(ServiceUnderTest service, PlatformInfrastructure infrastructure, Processors processors,
                               PublicationLag publication, Path dataDir) {
        Map<String, Object> producer = service.producerSettings();
        return List.of(
                "Service: a Spring Boot application on the shared kernel's auto-configuration, as every Corridor "
                        + "service is, in the benchmark's JVM (which also runs the load and the measurements).",
                "Event store: " + service.property("corridor.event-store.engine") + " engine, "
                        + service.property("spring.datasource.url").replace(dataDir.toAbsolutePath().toString(),
                        "<data-dir>") + " (an H2 file in a fresh folder).",
                "Read models and Kafka: a MongoDB wire server (mongo-java-server, H2 backend on disk) and a Kafka "
                        + "broker in KRaft mode started from the kafka_2.13 jars, both " + infrastructure.description()
                        + ".",
                "Aggregate cache bean `aggregateCache`: " + service.aggregateCache()
                        + "; snapshot trigger bean `snapshotTrigger`: " + service.snapshotTrigger() + ".",
                "Event processors: " + processors.kinds() + ".",
                options.serviceProperties().isEmpty() ? "Service properties: the platform's defaults."
                        : "Service properties changed for this run: " + String.join(", ", options.serviceProperties())
                        + ".",
                "Producer: acks=" + producer.get(ProducerConfig.ACKS_CONFIG) + ", idempotence="
                        + producer.getOrDefault("enable.idempotence", producer.get(
                        "properties.enable.idempotence")) + ", linger.ms="
                        + producer.getOrDefault(ProducerConfig.LINGER_MS_CONFIG, "Kafka's default")
                        + ", batch.size=" + producer.getOrDefault(ProducerConfig.BATCH_SIZE_CONFIG, "Kafka's default")
                        + ".",
                "Workload: people walk through their cycle (" + PersonCycle.EVENTS_PER_PERSON + " events over 8 "
                        + "aggregates: Trainee, RecognitionCase, Candidate, JobOrder, Placement, PermitApplication, "
                        + "ReturnCase, Grievance), " + options.activePeople() + " at a time; every command is "
                        + "followed by a read of that aggregate's read model; in measured phases "
                        + Math.round(options.oldCaseShare() * 100) + "% of commands instead update a random "
                        + "aggregate opened earlier (an old case). Every event has a tracking projection to MongoDB "
                        + "and is published through the platform's `IntegrationEventPublisher` in the "
                        + "`integration-publisher` processing group.",
                options.fill().equals("events")
                        ? "Fill (not measured): whole cycles of people (" + PersonCycle.EVENTS_PER_PERSON + " events "
                        + "each, the events, sequence numbers and audit metadata the commands produce) appended to "
                        + "the platform's event store in batches, with their read models written in bulk; the "
                        + "processors are stopped meanwhile and then moved to the head, so the filled events count "
                        + "as projected and published before the run (they are not on the Kafka topic). Measuring "
                        + "starts once Axon's event store read-ahead has gone through the fill (it reads the whole "
                        + "backlog in one go and holds it in memory meanwhile, which a store grown over months never "
                        + "asks of it). The store then holds complete people plus the measured phases' commands."
                        : "Fill (not measured): the same cycles with " + options.fillThreads() + " callers through "
                        + "the command gateway and no reads; every processor handles every filled event before "
                        + "anything is measured.",
                "Projection lag: event timestamp to the projection's unit of work committed. Publication lag: "
                        + publication.method() + ". Both count every event of the phase, once; an event not seen "
                        + "within " + options.drainTimeout().toSeconds() + " s after the phase counts as slower "
                        + "than any seen.",
                "Latency of the steady phase counts from when each command was due, not when it started "
                        + "(no coordinated omission). Cold loads: old aggregates loaded by an uncached "
                        + "`EventSourcingRepository` on the platform's event store.",
                options.warmup().isZero() ? "No warm-up."
                        : "Warm-up: " + options.warmup().toSeconds() + " s flat out on a throwaway service "
                        + "(own event store and topic) before the first fill, so no size is measured on cold code.");
    }

    private String sizeList() {
        return String.join(" and ", options.sizes().stream().map(size -> String.format("%,d", size)).toList());
    }

    private static String millis(long micros) {
        return micros == Long.MAX_VALUE ? "not all seen" : String.format("%.1f ms", micros / 1000.0);
    }

    private interface Driver {
        Driven drive(Tally tally);
    }

    private record Driven(Duration elapsed, int due, int late) {
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
