package org.corridor.kernel.messaging;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.corridor.kernel.messaging.sample.AmendDossier;
import org.corridor.kernel.messaging.sample.OpenDossier;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Publication lag of integration events: from an event's timestamp (set when the aggregate applies it, just
 * before the command's commit) to Kafka's acknowledgement of its record (acks=all), p50/p99/max, for one
 * publisher configuration under several loads. Not a test and not run by the test suite (surefire runs only
 * {@code *Test}); run by hand, one configuration per JVM:
 *
 * <pre>
 * ./mvnw -B -q -o -pl shared-kernel -am test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/corridor-test.cp -Dmdep.includeScope=test
 * java -cp shared-kernel/target/test-classes:shared-kernel/target/classes:$(cat /tmp/corridor-test.cp) \
 *     org.corridor.kernel.messaging.PublicationLagBenchmark per-batch 500
 * java -cp ... org.corridor.kernel.messaging.PublicationLagBenchmark per-event 100    # the former publisher
 * </pre>
 *
 * Arguments: acknowledgements ({@code per-batch} or {@code per-event}), publisher batch size, optionally the
 * seconds measured per load (default 15, after 5 s of warm-up at the same load) and the loads to run
 * ({@code steady200,steady1000,flatout,hot,backlog}, default all). The event store is an H2 file
 * under {@code target/benchmark}, as in embedded mode; Kafka is the in-JVM KRaft broker of the tests.
 */
public final class PublicationLagBenchmark {

    private static final int WARM_UP_SECONDS = 5;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(120);

    private final CommandGateway commands;
    private final Samples samples = new Samples();

    private final Samples pickups = new Samples();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong batched = new AtomicLong();
    // Nanoseconds summed over batches: handlers (serialise and hand to the producer), waiting for acknowledgements,
    // commit (token and transaction), and from one batch's commit to the next batch's first event.
    private final AtomicLong handling = new AtomicLong();
    private final AtomicLong awaiting = new AtomicLong();
    private final AtomicLong committing = new AtomicLong();
    private final AtomicLong between = new AtomicLong();
    private volatile long lastCommitted;

    private PublicationLagBenchmark(ConfigurableApplicationContext context) {
        this.commands = context.getBean(CommandGateway.class);
        KafkaTemplate<String, String> kafka = context.getBean(IntegrationEventPublisher.class).kafkaTemplate();
        kafka.setProducerListener(samples);
        // Last in the publisher's chain, right before the handler: when the processor picked the event up, and
        // how many events its batches held.
        context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP).orElseThrow()
                .registerHandlerInterceptor((unitOfWork, chain) -> {
                    BatchingUnitOfWork<?> batch = (BatchingUnitOfWork<?>) unitOfWork;
                    if (batch.isFirstMessage()) {
                        long first = System.nanoTime();
                        batches.incrementAndGet();
                        batched.addAndGet(batch.getMessages().size());
                        if (lastCommitted != 0) {
                            between.addAndGet(first - lastCommitted);
                        }
                        batch.resources().put("first", first);
                        batch.onPrepareCommit(u -> {
                            long prepared = System.nanoTime();
                            awaiting.addAndGet(prepared - (long) u.resources().get("handled"));
                            u.resources().put("prepared", prepared);
                        });
                        batch.afterCommit(u -> {
                            lastCommitted = System.nanoTime();
                            committing.addAndGet(lastCommitted - (long) u.resources().get("prepared"));
                        });
                    }
                    pickups.observe(unitOfWork.getMessage().getTimestamp());
                    Object result = chain.proceed();
                    if (batch.isLastMessage()) {
                        long handled = System.nanoTime();
                        handling.addAndGet(handled - (long) batch.resources().get("first"));
                        batch.resources().put("handled", handled);
                    }
                    return result;
                });
    }

    public static void main(String[] args) throws Exception {
        String acknowledgements = args.length > 0 ? args[0] : "per-batch";
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String store = "target/benchmark/" + UUID.randomUUID() + "/events";

        ConfigurableApplicationContext context = new SpringApplicationBuilder(MessagingTestApplication.class)
                .initializers(new EmbeddedInfrastructure.Initializer(), c -> TestPropertyValues.of(
                        "spring.datasource.url=jdbc:h2:file:./" + store,
                        "corridor.messaging.acknowledgements=" + acknowledgements,
                        "corridor.messaging.publisher-batch-size=" + batchSize,
                        // Only the publisher runs: the test service's listeners would add load of their own.
                        "spring.kafka.listener.auto-startup=false",
                        "spring.kafka.producer.properties.interceptor.classes=",
                        "logging.level.root=WARN").applyTo(c))
                .properties("logging.level.root=WARN", "spring.main.banner-mode=off")
                .run();
        try {
            PublicationLagBenchmark benchmark = new PublicationLagBenchmark(context);
            System.out.printf(Locale.ROOT, "%n## acknowledgements=%s, publisher batch size %d, %d s per load, %d cores%n%n",
                    acknowledgements, batchSize, seconds, Runtime.getRuntime().availableProcessors());
            System.out.println("| load | events stored/s | lag p50 ms | lag p99 ms | lag max ms "
                    + "| picked up p50 / p99 ms | events per batch | per batch: send / await acks / commit / "
                    + "to next batch ms | drained after load ms |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
            List<String> loads = args.length > 3 ? List.of(args[3].split(","))
                    : List.of("steady200", "steady1000", "flatout", "hot", "backlog");
            if (loads.contains("steady200")) {
                benchmark.run("steady 200/s, new aggregates", seconds, s -> benchmark.steady(200, s));
            }
            if (loads.contains("steady1000")) {
                benchmark.run("steady 1000/s, new aggregates", seconds, s -> benchmark.steady(1000, s));
            }
            if (loads.contains("flatout")) {
                benchmark.run("flat out, 4 threads, new aggregates", seconds, s -> benchmark.flatOut(4, s, false));
            }
            if (loads.contains("hot")) {
                benchmark.run("flat out, 4 threads, 1 aggregate each", seconds, s -> benchmark.flatOut(4, s, true));
            }
            if (loads.contains("backlog")) {
                benchmark.backlog(context, 20_000);
            }
        } finally {
            context.close();
        }
        System.exit(0);
    }

    private void run(String load, int seconds, Load work) throws Exception {
        samples.window(Instant.MAX, Instant.MAX);
        work.run(WARM_UP_SECONDS);
        awaitDrained(Instant.now().plus(DRAIN_LIMIT));
        Instant start = Instant.now();
        samples.reset();
        pickups.reset();
        batches.set(0);
        batched.set(0);
        handling.set(0);
        awaiting.set(0);
        committing.set(0);
        between.set(0);
        samples.window(start, Instant.MAX);
        pickups.window(start, Instant.MAX);
        long stored = work.run(seconds);
        Instant end = Instant.now();
        samples.window(start, end);
        pickups.window(start, end);
        long drained = awaitDrained(end.plus(DRAIN_LIMIT));
        long[] lags = samples.lags();
        Arrays.sort(lags);
        long[] picked = pickups.lags();
        Arrays.sort(picked);
        String drainedAfter = drained < 0 ? "not within " + DRAIN_LIMIT.toSeconds() + " s ("
                + (stored - lags.length) + " left)" : Long.toString(drained);
        long batchCount = Math.max(1, batches.get());
        System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.1f | %.1f | %.1f / %.1f | %.1f | %.1f / %.1f / %.1f / %.1f | %s |%n",
                load, stored / (Duration.between(start, end).toMillis() / 1000.0),
                percentile(lags, 0.50), percentile(lags, 0.99), lags.length == 0 ? 0.0 : lags[lags.length - 1] / 1000.0,
                percentile(picked, 0.50), percentile(picked, 0.99), (double) batched.get() / batchCount,
                handling.get() / 1e6 / batchCount, awaiting.get() / 1e6 / batchCount,
                committing.get() / 1e6 / batchCount, between.get() / 1e6 / batchCount, drainedAfter);
    }

    /**
     * The publisher's own pace, without commands competing for the CPU: {@code events} stored while it is stopped,
     * then the time it takes to publish them all once started.
     */
    private void backlog(ConfigurableApplicationContext context, int events) throws Exception {
        TrackingEventProcessor publisher = context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(IntegrationEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        awaitDrained(Instant.now().plus(DRAIN_LIMIT));
        publisher.shutDown();
        AtomicInteger left = new AtomicInteger(events);
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Thread sender = new Thread(() -> {
                while (left.getAndDecrement() > 0) {
                    commands.sendAndWait(new OpenDossier(UUID.randomUUID().toString(), "backlog"));
                    samples.stored();
                }
            });
            sender.start();
            senders.add(sender);
        }
        for (Thread sender : senders) {
            sender.join();
        }
        long start = System.nanoTime();
        publisher.start();
        long drained = awaitDrained(Instant.now().plus(DRAIN_LIMIT));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%nBacklog of %,d events stored while the publisher was stopped: %s%n", events,
                drained < 0 ? "not published within " + DRAIN_LIMIT.toSeconds() + " s"
                        : String.format(Locale.ROOT, "published in %.1f s, %.0f events/s", seconds, events / seconds));
    }

    /** Sends {@code rate} commands a second from one thread, each opening a dossier; returns how many it stored. */
    private long steady(int rate, int seconds) {
        long interval = 1_000_000_000L / rate;
        long next = System.nanoTime();
        long end = next + seconds * 1_000_000_000L;
        long stored = 0;
        while (next < end) {
            LockSupport.parkNanos(next - System.nanoTime());
            commands.sendAndWait(new OpenDossier(UUID.randomUUID().toString(), "steady"));
            samples.stored();
            stored++;
            next += interval;
        }
        return stored;
    }

    /** {@code threads} threads sending as fast as the store takes it; on one aggregate each, or new ones. */
    private long flatOut(int threads, int seconds, boolean oneAggregateEach) throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong stored = new AtomicLong();
        List<Thread> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread sender = new Thread(() -> {
                String own = UUID.randomUUID().toString();
                if (oneAggregateEach) {
                    commands.sendAndWait(new OpenDossier(own, "hot"));
                    samples.stored();
                    stored.incrementAndGet();
                }
                while (running.get()) {
                    commands.sendAndWait(oneAggregateEach ? new AmendDossier(own, "hot")
                            : new OpenDossier(UUID.randomUUID().toString(), "flat out"));
                    samples.stored();
                    stored.incrementAndGet();
                }
            });
            sender.start();
            senders.add(sender);
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        for (Thread sender : senders) {
            sender.join();
        }
        return stored.get();
    }

    /** Milliseconds until every stored event was acknowledged, or -1 if that took longer than until {@code limit}. */
    private long awaitDrained(Instant limit) throws InterruptedException {
        long from = System.nanoTime();
        while (samples.acknowledged() < samples.storedSoFar()) {
            if (Instant.now().isAfter(limit)) {
                return -1;
            }
            Thread.sleep(1);
        }
        return (System.nanoTime() - from) / 1_000_000;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1000.0;
    }

    @FunctionalInterface
    private interface Load {
        long run(int seconds) throws Exception;
    }

    /** Lags in microseconds of the records acknowledged for events that occurred within the measured window. */
    private static final class Samples implements ProducerListener<String, String> {

        private static final String OCCURRED_AT = "\"occurredAt\":\"";

        private final long[] lags = new long[4_000_000];
        private final AtomicInteger count = new AtomicInteger();
        private final AtomicLong acknowledged = new AtomicLong();
        private final AtomicLong stored = new AtomicLong();
        private volatile Instant from = Instant.MAX;
        private volatile Instant to = Instant.MAX;

        void reset() {
            count.set(0);
        }

        void window(Instant from, Instant to) {
            this.from = from;
            this.to = to;
        }

        void stored() {
            stored.incrementAndGet();
        }

        long storedSoFar() {
            return stored.get();
        }

        long acknowledged() {
            return acknowledged.get();
        }

        long[] lags() {
            return Arrays.copyOf(lags, Math.min(count.get(), lags.length));
        }

        @Override
        public void onSuccess(ProducerRecord<String, String> record, RecordMetadata metadata) {
            acknowledged.incrementAndGet();
            String value = record.value();
            int at = value.indexOf(OCCURRED_AT) + OCCURRED_AT.length();
            observe(Instant.parse(value.substring(at, value.indexOf('"', at))));
        }

        void observe(Instant occurredAt) {
            Instant now = Instant.now();
            if (!occurredAt.isBefore(from) && occurredAt.isBefore(to)) {
                int index = count.getAndIncrement();
                if (index < lags.length) {
                    lags[index] = Duration.between(occurredAt, now).toNanos() / 1000;
                }
            }
        }
    }
}
