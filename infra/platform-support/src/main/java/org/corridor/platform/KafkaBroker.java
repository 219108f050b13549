package org.corridor.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A single-node Apache Kafka broker in KRaft mode (broker and controller in one), running in this JVM from the
 * Maven-resolved Kafka jars. Its log directory is formatted once; later starts reuse it, so topics, records and
 * committed offsets survive a restart.
 *
 * <p>In this JVM rather than as a child process: it is ready in about a second instead of three to four, costs one
 * JVM less (a separate broker JVM takes 330-450 MB), needs no classpath taken apart from the executable jar, and
 * its stop is an ordinary method call in the shutdown order. The price is that Kafka's own "terminate the
 * process" calls would take the launcher down without stopping the services; they are routed to
 * {@code onFatal} instead.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path logDir;
    private final int port;
    private final boolean formattedNow;
    private KafkaRaftServer server;

    private KafkaBroker(Path logDir, int port, boolean formattedNow, KafkaRaftServer server) {
        this.logDir = logDir;
        this.port = port;
        this.formattedNow = formattedNow;
        this.server = server;
    }

    /**
     * Formats {@code logDir} if it holds no broker yet, then starts the broker and returns once it accepts
     * clients (KafkaRaftServer's startup waits until the broker is unfenced).
     *
     * @param onFatal told when Kafka would have exited or halted the process
     */
    public static KafkaBroker start(Path logDir, int port, Consumer<String> onFatal) throws IOException {
        Path absolute = logDir.toAbsolutePath().normalize();
        Files.createDirectories(absolute);
        Exit.setExitProcedure((status, message) -> onFatal.accept(describe("exit", status, message)));
        Exit.setHaltProcedure((status, message) -> onFatal.accept(describe("halt", status, message)));

        // The controller listener is internal to this single node, so any free port does; a static voter set
        // (controller.quorum.voters) keeps no address in the log, so it may change between runs.
        int controllerPort = FreePorts.any();
        KafkaConfig config = KafkaConfig.fromProps(properties(absolute, port, controllerPort), false);
        boolean formattedNow = formatIfNew(absolute);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        return new KafkaBroker(absolute, port, formattedNow, server);
    }

    static Properties properties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("listeners", "PLAINTEXT://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:"
                + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("log.dirs", logDir.toString());
        p.setProperty("metadata.log.dir", logDir.toString());

        // One node: every replication factor is 1.
        p.setProperty("default.replication.factor", "1");
        p.setProperty("min.insync.replicas", "1");
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        // Fewer internal partitions than a cluster's 50: each one is files and start-up work on a laptop.
        p.setProperty("offsets.topic.num.partitions", "5");
        p.setProperty("transaction.state.log.num.partitions", "5");

        // The only voter need not wait the default second (plus jitter) before it elects itself after a restart.
        p.setProperty("controller.quorum.election.timeout.ms", "200");

        p.setProperty("auto.create.topics.enable", "true");
        // Several partitions, as in production, so per-key ordering is exercised here too.
        p.setProperty("num.partitions", "3");
        // Consumers of freshly started services join at once instead of after the 3 s default delay.
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        // A development platform keeps what it was given: no time-based deletion of records, and committed
        // offsets of a group that has been stopped for weeks are still there when it comes back.
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("offsets.retention.minutes", String.valueOf(10 * 365 * 24 * 60));
        return p;
    }

    private static boolean formatIfNew(Path logDir) throws IOException {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return false;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(print)
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(java.util.List.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Cannot format Kafka storage in " + logDir + ": " + output.toString(
                    StandardCharsets.UTF_8).trim(), e);
        }
        return true;
    }

    private static String describe(String what, int status, String message) {
        return "Kafka asked to " + what + " the process (status " + status + ")"
                + (message == null ? "" : ": " + message);
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path logDir() {
        return logDir;
    }

    /** Whether this start formatted the storage, that is, the broker starts empty. */
    public boolean formattedNow() {
        return formattedNow;
    }

    /** Controlled shutdown: the broker hands over nothing (it is alone) but closes its logs cleanly. */
    @Override
    public synchronized void close() {
        KafkaRaftServer stopping = server;
        if (stopping == null) {
            return;
        }
        server = null;
        var executor = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "kafka-broker-stop");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<?> stop = executor.submit(() -> {
                stopping.shutdown();
                stopping.awaitShutdown();
            });
            stop.get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The Kafka broker did not stop within " + STOP_TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new IllegalStateException("The Kafka broker failed to stop cleanly", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            executor.shutdownNow();
        }
    }
}
