package org.corridor.embedded;

import org.corridor.platform.KafkaBroker;
import org.corridor.platform.MongoWireServer;
import org.corridor.platform.FreePorts;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one-command platform: a Kafka broker (KRaft) and a MongoDB wire-protocol server in this JVM, the four
 * services and the gateway as child JVMs, everything keeping its data under {@code ./data}. It waits until every
 * service reports UP, prints where everything is, and stays up until Ctrl-C, which stops the services first,
 * then Kafka, then MongoDB.
 */
public final class EmbeddedPlatform {

    /** The address the four services listen on; only the gateway listens on every interface. */
    static final String LOOPBACK = "127.0.0.1";

    /**
     * JVM options for the five services, chosen for start-up on two shared cores (measured, see infra/README.md):
     * C1 only, because most of a Spring Boot start is spent interpreting and compiling code that runs once; the
     * serial collector, because five JVMs each running parallel GC threads on two cores only get in each other's
     * way and heaps this small collect quickly anyway; a heap cap so five services fit on a laptop.
     */
    static final List<String> DEFAULT_SERVICE_JAVA_OPTIONS = List.of(
            "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC",
            "-Xss512k",
            "-Xmx512m",
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * The default options for {@code service}. employer-matching keeps the optimizing compiler (C2): a shortlist
     * scores every candidate of a scheme in memory on each request (100,000 in the benchmark), code that runs hot
     * for the service's whole life, where C1 alone leaves it several times slower. Its start costs more CPU for it.
     */
    static List<String> defaultJavaOptions(Services.Service service) {
        if (service == Services.EMPLOYER_MATCHING) {
            return DEFAULT_SERVICE_JAVA_OPTIONS.stream().filter(option -> !option.startsWith("-XX:TieredStopAtLevel"))
                    .toList();
        }
        return DEFAULT_SERVICE_JAVA_OPTIONS;
    }

    /** Above Spring Boot's default 30 s per shutdown phase, so a service's own timeout expires before the kill. */
    static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(40);
    /** Writing an archive takes about 11 s of CPU per service after its shutdown; five share two cores. */
    static final Duration ARCHIVING_STOP_GRACE = Duration.ofSeconds(150);
    /** Exit statuses of a JVM that ran its shutdown to the end: normal, SIGINT, SIGTERM. */
    private static final Set<Integer> STOPPED_CLEANLY = Set.of(0, 130, 143);
    private static final int LOG_TAIL_LINES = 40;

    /**
     * The demo accounts the identity service creates with the demo option: user name, role. Each one's password is
     * {@code demo-<user name>}, the same on every machine, so the option is for demonstrations only. The e2e test
     * signs in with every one of them.
     */
    static final List<String[]> DEMO_ACCOUNTS = List.of(
            new String[] {"admin", "SCHEME_ADMIN"},
            new String[] {"agency", "ORIGIN_AGENCY"},
            new String[] {"trainer", "TRAINING_PROVIDER"},
            new String[] {"officer", "RECOGNITION_OFFICER"},
            new String[] {"employer", "EMPLOYER"},
            new String[] {"consulate", "CONSULATE"},
            new String[] {"worker", "WORKER"},
            new String[] {"counsellor", "COUNSELLOR"},
            new String[] {"monitor", "MONITOR"});

    /**
     * With the demo option, a machine client for scripts and curl (client credentials), acting as the demo scheme
     * administrator; its secret is as well known as the demo passwords.
     */
    static final String DEMO_CLIENT = "demo";
    static final String DEMO_CLIENT_SECRET = "demo-client-secret-known-to-everyone";

    private final LaunchOptions options;
    private final PrintStream out;
    private final String codeSource;
    private final Path workingDirectory;

    /** Held while a part starts or while everything stops, so a Ctrl-C during start-up waits for that part. */
    private final ReentrantLock lifecycle = new ReentrantLock();
    private final CountDownLatch stoppedSignal = new CountDownLatch(1);
    private volatile boolean stopping;
    private PlatformFiles files;
    private ProcessSupervisor supervisor;
    private MongoWireServer mongo;
    private KafkaBroker kafka;
    private StartupCache startupCache;
    private final List<StartupCache.Plan> startupPlans = new CopyOnWriteArrayList<>();

    EmbeddedPlatform(LaunchOptions options, PrintStream out, String codeSource, Path workingDirectory) {
        this.options = options;
        this.out = out;
        this.codeSource = codeSource;
        this.workingDirectory = workingDirectory;
    }

    public static void main(String[] args) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, System.getProperties(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("Run with --help to see the options.");
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(LaunchOptions.usage());
            return;
        }
        URL codeSource = EmbeddedPlatform.class.getProtectionDomain().getCodeSource().getLocation();
        EmbeddedPlatform platform = new EmbeddedPlatform(options, System.out,
                codeSource == null ? null : codeSource.toString(), Path.of(""));
        int status;
        try {
            status = platform.run();
        } catch (Throwable e) {
            if (platform.stopping) {
                // Ctrl-C while a part was starting: that part may fail on its way up; the hook stops the rest
                return;
            }
            if (e instanceof IllegalStateException) {
                System.err.println(e.getMessage());
            } else {
                System.err.println("The platform could not start: " + e);
                e.printStackTrace();
            }
            platform.stop();
            status = 1;
        }
        System.exit(status);
    }

    /**
     * Starts everything and, if all came up, blocks until {@link #stop()} has run (from the shutdown hook).
     *
     * @return the process exit status: 0 after a normal stop, 1 when something did not start
     */
    int run() throws IOException, InterruptedException {
        long startNanos = System.nanoTime();
        List<Services.Service> services = servicesToStart();
        Path home = services.isEmpty() && options.dataDir().isPresent() ? null
                : RepositoryHome.resolve(options.home(), codeSource, workingDirectory);
        Path dataDir = options.dataDir().map(d -> workingDirectory.resolve(d).toAbsolutePath().normalize())
                .orElseGet(() -> home.resolve("data"));

        files = new PlatformFiles(dataDir);
        files.lock();
        // Read by logback.xml; set before the first logger exists, which is when Kafka or MongoDB start.
        System.setProperty("corridor.logs.dir", files.logs().toString());
        supervisor = new ProcessSupervisor(files.run(), out);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "corridor-shutdown"));

        out.println("Corridor embedded platform, data in " + dataDir);
        ProcessSupervisor.stopLeftovers(files.run(), SERVICE_STOP_GRACE, out);
        List<String> problems = new ArrayList<>();
        Map<Services.Service, Path> jars = new LinkedHashMap<>();
        for (Services.Service service : services) {
            Path jar = home.resolve("services").resolve(service.name()).resolve("target")
                    .resolve(service.name() + ".jar");
            if (!Files.isRegularFile(jar)) {
                problems.add(service.name() + ": " + jar + " is missing; build first with ./mvnw -B -q -DskipTests"
                        + " package");
            }
            jars.put(service, jar);
        }
        problems.addAll(busyPorts(services));
        if (!problems.isEmpty()) {
            out.println("Cannot start:");
            problems.forEach(problem -> out.println("  " + problem));
            return 1;
        }
        if (options.portBase() + Services.IDENTITY.offset() > 65535) {
            out.println("Cannot start: --port-base " + options.portBase() + " leaves no room for the services.");
            return 1;
        }

        String mongoUri = startMongo();
        String kafkaBootstrap = startKafka();
        if (stopping || mongoUri == null || kafkaBootstrap == null) {
            // Ctrl-C while the infrastructure started: the shutdown hook is stopping it
            return 0;
        }
        if (services.isEmpty()) {
            // Services run from an IDE next to the infrastructure share this key to accept each other's tokens
            JwtSecret.loadOrCreate(files.jwtSecret());
            printSummary(startNanos, List.of(), mongoUri, kafkaBootstrap);
            stoppedSignal.await();
            return 0;
        }

        startupCache = options.startupCache() ? new StartupCache(files.startupCache()) : null;
        List<HealthWaiter.Target> targets = new ArrayList<>();
        out.println("Starting the services (logs in " + files.logs() + ")");
        for (Services.Service service : services) {
            RunningService child = startService(service, jars.get(service), home, mongoUri, kafkaBootstrap);
            if (child == null) {
                return 0;
            }
            targets.add(new HealthWaiter.Target(service.name(),
                    URI.create("http://localhost:" + child.port() + "/actuator/health"), child::exitCode));
        }

        if (startupPlans.stream().anyMatch(StartupCache.Plan::writesArchive)) {
            out.println("  (second start of this build: the services record class-data archives when they stop,"
                    + " which makes later starts about twice as fast; --no-cds to skip)");
        }
        out.println("Waiting for the services to report UP (up to " + options.startupTimeout().toSeconds() + " s)");
        HealthWaiter.Outcome outcome = new HealthWaiter(Duration.ofMillis(500), Duration.ofSeconds(10),
                Duration.ofSeconds(15), out).await(targets, options.startupTimeout());
        if (stopping) {
            // Ctrl-C during start-up: the shutdown hook is stopping everything; the waiter saw it happen
            return 0;
        }
        if (!(outcome instanceof HealthWaiter.AllUp)) {
            reportFailedStart(outcome);
            stop();
            return 1;
        }
        supervisor.onUnexpectedExit(child -> {
            out.println();
            out.println(child.name() + " exited unexpectedly (exit " + child.exitCode().orElse(-1)
                    + "); the rest keeps running. Last lines of " + child.log() + ":");
            child.logTail(LOG_TAIL_LINES).forEach(line -> out.println("  | " + line));
        });
        printSummary(startNanos, services, mongoUri, kafkaBootstrap);
        stoppedSignal.await();
        return 0;
    }

    private List<Services.Service> servicesToStart() {
        if (options.onlyInfra()) {
            return List.of();
        }
        return Services.ALL.stream().filter(s -> !options.without().contains(s.name())).toList();
    }

    private List<String> busyPorts(List<Services.Service> services) {
        List<String> busy = new ArrayList<>();
        if (options.externalKafka().isEmpty() && FreePorts.inUse(options.kafkaPort())) {
            busy.add("port " + options.kafkaPort() + " (Kafka) is already in use; free it or pass --kafka-port, or"
                    + " set KAFKA_BOOTSTRAP_SERVERS to use a running Kafka");
        }
        if (options.externalMongo().isEmpty() && FreePorts.inUse(options.mongoPort())) {
            busy.add("port " + options.mongoPort() + " (MongoDB) is already in use; free it or pass --mongo-port, or"
                    + " set MONGODB_URI to use a running MongoDB");
        }
        for (Services.Service service : services) {
            int port = service.port(options.portBase());
            if (FreePorts.inUse(port)) {
                busy.add("port " + port + " (" + service.name() + ") is already in use; free it (see `ss -ltnp`"
                        + " or `lsof -i :" + port + "`) or pass --port-base");
            }
        }
        return busy;
    }

    private String startMongo() throws IOException {
        if (options.externalMongo().isPresent()) {
            out.println("MongoDB: using " + options.externalMongo().get() + " (MONGODB_URI)");
            return options.externalMongo().get();
        }
        lifecycle.lock();
        try {
            if (stopping) {
                return null;
            }
            long start = System.nanoTime();
            mongo = MongoWireServer.start(files.mongoFile(), options.mongoPort());
            out.println("MongoDB wire server on localhost:" + options.mongoPort() + " (" + files.mongoFile()
                    + "), started in " + Durations.sinceNanos(start));
            return mongo.connectionString();
        } finally {
            lifecycle.unlock();
        }
    }

    private String startKafka() throws IOException {
        if (options.externalKafka().isPresent()) {
            out.println("Kafka: using " + options.externalKafka().get() + " (KAFKA_BOOTSTRAP_SERVERS)");
            return options.externalKafka().get();
        }
        lifecycle.lock();
        try {
            if (stopping) {
                return null;
            }
            long start = System.nanoTime();
            kafka = KafkaBroker.start(files.kafka(), options.kafkaPort(), this::kafkaFailed);
            out.println("Kafka broker (KRaft) on " + kafka.bootstrapServers() + " (" + files.kafka() + ", "
                    + (kafka.formattedNow() ? "formatted now" : "existing data") + "), started in "
                    + Durations.sinceNanos(start));
            return kafka.bootstrapServers();
        } finally {
            lifecycle.unlock();
        }
    }

    private void kafkaFailed(String reason) {
        out.println(reason + "; stopping the platform.");
        // Not on Kafka's thread: exiting runs the shutdown hook, which waits for that thread to finish stopping.
        Thread exit = new Thread(() -> System.exit(70), "corridor-kafka-failed");
        exit.start();
    }

    /** Where the identity service issues tokens: what every token's {@code iss} says and every service trusts. */
    private String issuer() {
        return "http://" + LOOPBACK + ":" + Services.IDENTITY.port(options.portBase());
    }

    private RunningService startService(Services.Service service, Path jar, Path home, String mongoUri,
                                        String kafkaBootstrap) throws IOException {
        int port = service.port(options.portBase());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.put("MONGODB_URI", mongoUri);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap);
        environment.put("CORRIDOR_DATA_DIR", files.root().toString());
        environment.put("CORRIDOR_EVENT_STORE", "jdbc");
        environment.put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        if (service == Services.SKILLS_RECOGNITION && mongo != null) {
            // The wire server scans every query but a read by id: one instance searches trainees in memory
            environment.put("CORRIDOR_SKILLS_TRAINEE_SEARCH", "in-memory");
        }
        if (service.isIdentity()) {
            environment.put("CORRIDOR_IDENTITY_ISSUER", issuer());
            environment.put("CORRIDOR_DEMO_LOGINS", String.valueOf(options.demo()));
            if (options.demo()) {
                environment.put("CORRIDOR_IDENTITY_CLIENTS_DEMO_KIND", "machine");
                environment.put("CORRIDOR_IDENTITY_CLIENTS_DEMO_ROLES", "SCHEME_ADMIN");
                environment.put("CORRIDOR_IDENTITY_CLIENTS_DEMO_ORGANISATION", "scheme-admin");
                environment.put("CORRIDOR_IDENTITY_CLIENTS_DEMO_COUNTRY", "DE");
                environment.put("CORRIDOR_IDENTITY_CLIENTS_DEMO_SECRET", DEMO_CLIENT_SECRET);
            }
            String gateway = "http://" + LOOPBACK + ":" + options.portBase();
            environment.put("CORRIDOR_PORTAL_REDIRECT_URIS", gateway + "/login/callback");
        } else {
            // Tokens are checked with the issuer's published keys, as with any OpenID Connect provider in production
            environment.put("CORRIDOR_JWT_ISSUER_URI", issuer());
        }
        if (!service.isGateway()) {
            // The gateway is the only door: a service answers on loopback only, so nothing on the network reaches
            // it (or its actuator) without passing the gateway's token check, rate limit and size limits.
            environment.put("SERVER_ADDRESS", LOOPBACK);
        }
        if (service.isGateway()) {
            for (Services.Service routed : Services.ALL) {
                if (!routed.isGateway()) {
                    environment.put(routed.urlVariable(), "http://localhost:" + routed.port(options.portBase()));
                }
            }
        }
        List<String> jvmOptions = options.serviceJavaOptions()
                .map(opts -> Arrays.stream(opts.trim().split("\\s+")).filter(s -> !s.isEmpty())
                        .map(option -> option.replace("{name}", service.name())).toList())
                .orElse(defaultJavaOptions(service));
        Path runJar = jar;
        StartupCache.Plan plan = null;
        if (startupCache != null && StartupCache.isExecutableBootJar(jar) && !StartupCache.conflictsWith(jvmOptions)) {
            try {
                plan = startupCache.prepare(service.name(), jar, jvmOptions, options.classDataArchives());
                runJar = plan.jar();
                jvmOptions = plan.jvmOptions();
            } catch (IOException e) {
                out.println("  " + service.name() + ": cannot prepare " + files.startupCache() + " (" + e
                        + "); starting from the jar as it is");
            }
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add(ProcessSupervisor.marker(service.name()));
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-jar");
        command.add(runJar.toString());

        lifecycle.lock();
        try {
            if (stopping) {
                return null;
            }
            RunningService child = supervisor.start(new ServiceLaunch(service.name(), port, command, environment,
                    files.log(service.name()), home));
            if (plan != null) {
                startupPlans.add(plan);
            }
            out.println("  " + service.name() + " on port " + port + " (pid " + child.pid() + ")");
            return child;
        } finally {
            lifecycle.unlock();
        }
    }

    private void reportFailedStart(HealthWaiter.Outcome outcome) {
        List<RunningService> children = supervisor.children();
        if (outcome instanceof HealthWaiter.Exited exited) {
            out.println();
            out.println(exited.name() + " exited with status " + exited.exitCode() + " before it was up.");
            children.stream().filter(c -> c.name().equals(exited.name())).findFirst().ifPresent(this::printTail);
        } else if (outcome instanceof HealthWaiter.TimedOut timedOut) {
            out.println();
            out.println("Not up after " + options.startupTimeout().toSeconds() + " s: " + timedOut.lastSeen()
                    + ". Raise the limit with --startup-timeout if this machine is just slow.");
            children.stream().filter(c -> timedOut.lastSeen().containsKey(c.name())).forEach(this::printTail);
        }
    }

    private void printTail(RunningService child) {
        out.println("Last lines of " + child.log() + ":");
        child.logTail(LOG_TAIL_LINES).forEach(line -> out.println("  | " + line));
    }

    /** Marks the class-data archives the services wrote as they stopped; a killed JVM's archive may be torn. */
    private void recordArchives() {
        for (StartupCache.Plan plan : startupPlans) {
            supervisor.children().stream()
                    .filter(child -> child.name().equals(plan.name()))
                    .filter(child -> child.exitCode().isPresent()
                            && STOPPED_CLEANLY.contains(child.exitCode().getAsInt()))
                    .findFirst()
                    .ifPresent(child -> startupCache.exited(plan));
        }
    }

    private void printSummary(long startNanos, List<Services.Service> services, String mongoUri,
                              String kafkaBootstrap) {
        String took = Durations.sinceNanos(startNanos);
        out.println();
        out.println((services.isEmpty() ? "Corridor infrastructure is up (" : "Corridor is up (") + took + ")");
        out.println();
        boolean gateway = services.stream().anyMatch(Services.Service::isGateway);
        String gatewayUrl = "http://localhost:" + options.portBase();
        if (gateway) {
            row("Gateway", gatewayUrl);
            row("Swagger UI", gatewayUrl + "/swagger-ui.html");
        }
        for (Services.Service service : services) {
            if (!service.isGateway()) {
                row(service.name(), "http://localhost:" + service.port(options.portBase())
                        + (service.isIdentity() ? "  (token issuer; health: /actuator/health)"
                        : "  (health: /actuator/health)"));
            }
        }
        for (String name : options.without()) {
            row(name, "not started (--without): expected on port "
                    + Services.ALL.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow()
                    .port(options.portBase()));
        }
        row("Kafka", kafkaBootstrap + (kafka != null ? "  (embedded, KRaft)" : "  (external)"));
        row("MongoDB", mongoUri + (mongo != null ? "  (embedded wire server, H2 file)" : "  (external)"));
        row("Data folder", files.root() + "  (logs in " + files.logs() + ")");
        if (services.isEmpty()) {
            out.println();
            out.println("Services started from an IDE pick these up with MONGODB_URI=" + mongoUri
                    + " KAFKA_BOOTSTRAP_SERVERS=" + kafkaBootstrap + " CORRIDOR_DATA_DIR=" + files.root()
                    + " CORRIDOR_EVENT_STORE=jdbc CORRIDOR_JWT_SECRET=$(cat " + files.jwtSecret() + ")");
        }
        boolean identity = services.stream().anyMatch(Services.Service::isIdentity);
        if (identity && options.demo()) {
            out.println();
            out.println("Demo accounts (--demo; the same passwords on every machine: demonstrations only). Sign in at "
                    + issuer() + " (OpenID Connect, client 'portal', authorization code with PKCE):");
            for (String[] account : DEMO_ACCOUNTS) {
                out.printf("  %-34s %s%n", account[0] + " / demo-" + account[0], account[1]);
            }
            out.println("  A token for scripts (client credentials, as the demo scheme administrator):");
            out.println("  curl -s -u " + DEMO_CLIENT + ":" + DEMO_CLIENT_SECRET + " -d grant_type=client_credentials "
                    + issuer() + "/oauth2/token");
        } else if (identity) {
            out.println();
            out.println("Sign-in: " + issuer() + " (OpenID Connect). The first scheme administrator is 'admin';"
                    + " set its password with the one-time code in " + files.root().resolve("identity")
                    .resolve("first-admin-setup-code") + ":");
            out.println("  curl -X POST " + gatewayUrl + "/api/identity/password-resets -H 'Content-Type:"
                    + " application/json' -d '{\"username\":\"admin\",\"code\":\"<code>\",\"newPassword\":\"<yours>\"}'");
            out.println("  (or start with --demo for demo accounts of every role)");
        }
        out.println();
        out.println("Press Ctrl-C to stop.");
    }

    private void row(String label, String value) {
        out.printf("  %-22s %s%n", label, value);
    }

    /**
     * Stops, in this order, the services (SIGTERM, then a kill after {@link #SERVICE_STOP_GRACE}), the Kafka
     * broker and the MongoDB server. Runs once; later calls return at once.
     */
    void stop() {
        lifecycle.lock();
        try {
            if (stopping) {
                return;
            }
            stopping = true;
            boolean started = kafka != null || mongo != null
                    || (supervisor != null && !supervisor.children().isEmpty());
            if (supervisor != null) {
                boolean archiving = startupPlans.stream().anyMatch(StartupCache.Plan::writesArchive);
                if (archiving) {
                    out.println("The services write their class-data archives as they stop (once per build);"
                            + " this takes up to a minute");
                }
                supervisor.stopAll(archiving ? ARCHIVING_STOP_GRACE : SERVICE_STOP_GRACE);
                recordArchives();
            }
            if (kafka != null) {
                out.println("Stopping the Kafka broker");
                long start = System.nanoTime();
                try {
                    kafka.close();
                    out.println("  Kafka broker stopped after " + Durations.sinceNanos(start));
                } catch (RuntimeException e) {
                    out.println("  " + e.getMessage());
                }
            }
            if (mongo != null) {
                out.println("Stopping the MongoDB wire server (closing " + mongo.file().getFileName() + ")");
                long start = System.nanoTime();
                try {
                    mongo.close();
                    out.println("  MongoDB wire server stopped after " + Durations.sinceNanos(start));
                } catch (RuntimeException e) {
                    out.println("  " + e);
                }
            }
            if (files != null) {
                try {
                    files.close();
                } catch (IOException e) {
                    // the lock goes with the process anyway
                }
            }
            if (started) {
                out.println("Corridor stopped.");
            }
            out.flush();
        } finally {
            stoppedSignal.countDown();
            lifecycle.unlock();
        }
    }
}
