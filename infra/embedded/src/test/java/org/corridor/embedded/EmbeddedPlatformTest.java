package org.corridor.embedded;

import org.corridor.platform.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher as a user runs it: its own JVM, a repository whose service jars are stand-ins, Ctrl-C (SIGTERM)
 * to stop it.
 */
class EmbeddedPlatformTest {

    @TempDir
    Path tmp;

    private Path home;
    private Path data;
    private int portBase;
    private Process launcher;
    private Path output;

    @BeforeEach
    void repository() throws IOException {
        home = StandIns.repository(tmp.resolve("repository"));
        data = tmp.resolve("data");
        portBase = FreePorts.block(6);
    }

    @AfterEach
    void killLeftovers() throws IOException {
        if (launcher != null) {
            launcher.destroyForcibly();
        }
        for (Services.Service service : Services.ALL) {
            if (Files.exists(data.resolve("logs").resolve(service.name() + ".log"))) {
                ProcessHandle.of(pidInLog(service.name())).ifPresent(ProcessHandle::destroyForcibly);
            }
        }
    }

    @Test
    void starts_kafka_mongodb_and_every_service_then_stops_the_services_before_kafka_and_mongodb() throws Exception {
        int kafkaPort = FreePorts.any();
        int mongoPort = FreePorts.any();
        launch(Map.of(), "--kafka-port", String.valueOf(kafkaPort), "--mongo-port", String.valueOf(mongoPort),
                "--demo");

        String started = awaitOutput("Press Ctrl-C to stop.");
        String issuer = "http://127.0.0.1:" + (portBase + 5);

        assertThat(started).contains(
                "Kafka broker (KRaft) on localhost:" + kafkaPort,
                "MongoDB wire server on localhost:" + mongoPort,
                "Corridor is up",
                "http://localhost:" + portBase + "/swagger-ui.html",
                "http://localhost:" + (portBase + 1),
                "http://localhost:" + (portBase + 4),
                "http://localhost:" + (portBase + 5) + "  (token issuer",
                "Demo accounts (--demo", "Sign in at " + issuer,
                "admin / demo-admin", "SCHEME_ADMIN", "monitor / demo-monitor", "MONITOR",
                "trainer / demo-trainer", "TRAINING_PROVIDER", "officer / demo-officer", "RECOGNITION_OFFICER",
                "curl -s -u demo:demo-client-secret-known-to-everyone -d grant_type=client_credentials " + issuer
                        + "/oauth2/token");
        // No shared secret any more: every service checks tokens with the issuer's published keys
        assertThat(data.resolve("jwt-secret")).doesNotExist();
        assertThat(log("identity")).contains(
                "env SERVER_PORT=" + (portBase + 5),
                "env SERVER_ADDRESS=127.0.0.1",
                "env CORRIDOR_IDENTITY_ISSUER=" + issuer,
                "env CORRIDOR_DEMO_LOGINS=true",
                "env CORRIDOR_IDENTITY_CLIENTS_DEMO_KIND=machine",
                "env CORRIDOR_PORTAL_REDIRECT_URIS=http://127.0.0.1:" + portBase + "/login/callback")
                .doesNotContain("CORRIDOR_JWT_ISSUER_URI", "CORRIDOR_JWT_SECRET");
        assertThat(log("skills-recognition")).contains(
                "env SERVER_PORT=" + (portBase + 1),
                "env SERVER_ADDRESS=127.0.0.1",
                "env MONGODB_URI=mongodb://localhost:" + mongoPort,
                "env KAFKA_BOOTSTRAP_SERVERS=localhost:" + kafkaPort,
                "env CORRIDOR_DATA_DIR=" + data.toAbsolutePath(),
                "env CORRIDOR_EVENT_STORE=jdbc",
                "env CORRIDOR_JWT_ISSUER_URI=" + issuer,
                "env AXONIQ_UPDATE_CHECKER_DISABLED=true")
                .doesNotContain("CORRIDOR_DEMO_LOGINS", "CORRIDOR_JWT_SECRET");
        assertThat(log("gateway")).contains(
                "env SERVER_PORT=" + portBase,
                "env SKILLS_RECOGNITION_URL=http://localhost:" + (portBase + 1),
                "env EMPLOYER_MATCHING_URL=http://localhost:" + (portBase + 2),
                "env VISA_PERMIT_TRACKING_URL=http://localhost:" + (portBase + 3),
                "env RETURN_REINTEGRATION_URL=http://localhost:" + (portBase + 4),
                "env IDENTITY_URL=http://localhost:" + (portBase + 5),
                "env CORRIDOR_JWT_ISSUER_URI=" + issuer)
                .doesNotContain("SERVER_ADDRESS", "CORRIDOR_DEMO_LOGINS", "CORRIDOR_JWT_SECRET");
        List<Long> children = childPids();
        assertThat(children).hasSize(6);

        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();

        String all = Files.readString(output);
        int services = all.indexOf("Stopping identity, skills-recognition, employer-matching, visa-permit-tracking,"
                + " return-reintegration, gateway (SIGTERM");
        int kafka = all.indexOf("Stopping the Kafka broker");
        int mongo = all.indexOf("Stopping the MongoDB wire server");
        int stopped = all.indexOf("Corridor stopped.");
        assertThat(services).isPositive();
        assertThat(kafka).isGreaterThan(all.lastIndexOf("gateway stopped after")).isGreaterThan(services);
        assertThat(mongo).isGreaterThan(kafka);
        assertThat(stopped).isGreaterThan(mongo);
        for (Services.Service service : Services.ALL) {
            assertThat(log(service.name())).contains("stand-in " + service.name() + " stopping gracefully");
        }
        assertThat(children).allSatisfy(pid -> assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .isEmpty());
        assertThat(data.resolve("kafka").resolve("meta.properties")).exists();
        assertThat(data.resolve("mongo").resolve("read-models.mv")).exists();
    }

    @Test
    void without_the_demo_option_it_prints_no_password_but_where_the_first_administrators_setup_code_is()
            throws Exception {
        launch(Map.of(), "--kafka-port", String.valueOf(FreePorts.any()), "--mongo-port",
                String.valueOf(FreePorts.any()));

        String started = awaitOutput("Press Ctrl-C to stop.");

        assertThat(started).contains("The first scheme administrator is 'admin'",
                        data.toAbsolutePath().resolve("identity").resolve("first-admin-setup-code").toString(),
                        "/api/identity/password-resets")
                .doesNotContain("demo-", "Demo accounts");
        assertThat(log("identity")).contains("env CORRIDOR_DEMO_LOGINS=false");
        launcher.destroy();
        assertThat(launcher.waitFor(90, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void a_service_that_dies_while_starting_fails_the_launch_with_its_log_and_the_others_are_stopped()
            throws Exception {
        Files.createFile(home.resolve("stand-in").resolve("employer-matching.fail"));
        // External infrastructure: nothing embedded starts, and the services are told where it is
        launch(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "MONGODB_URI", "mongodb://mongo.example:27017"));

        assertThat(launcher.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(launcher.exitValue()).isEqualTo(1);
        String all = Files.readString(output);
        assertThat(all).contains(
                "Kafka: using kafka.example:9092 (KAFKA_BOOTSTRAP_SERVERS)",
                "MongoDB: using mongodb://mongo.example:27017 (MONGODB_URI)",
                "employer-matching exited with status 3 before it was up",
                "| stand-in employer-matching: refusing to start, as told")
                .doesNotContain("Kafka broker (KRaft)", "Corridor is up");
        assertThat(log("gateway")).contains("env KAFKA_BOOTSTRAP_SERVERS=kafka.example:9092",
                "env MONGODB_URI=mongodb://mongo.example:27017");
        for (String name : List.of("skills-recognition", "visa-permit-tracking", "return-reintegration", "gateway")) {
            assertThat(log(name)).contains("stand-in " + name + " stopping gracefully");
            assertThat(ProcessHandle.of(pidInLog(name)).filter(ProcessHandle::isAlive)).isEmpty();
        }
        assertThat(childPids()).as("pid files").isEmpty();
    }

    @Test
    void refuses_to_start_when_a_port_it_needs_is_taken() throws Exception {
        try (ServerSocket taken = new ServerSocket(portBase + 2)) {
            launch(Map.of(), "--kafka-port", String.valueOf(FreePorts.any()),
                    "--mongo-port", String.valueOf(FreePorts.any()));
            assertThat(launcher.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(Files.readString(output))
                .contains("port " + (portBase + 2) + " (employer-matching) is already in use")
                .doesNotContain("Kafka broker (KRaft)", "MongoDB wire server on");
        assertThat(data.resolve("logs").resolve("gateway.log")).doesNotExist();
    }

    private void launch(Map<String, String> environment, String... options) throws IOException {
        List<String> command = new ArrayList<>(List.of(StandIns.java(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", System.getProperty("java.class.path"), EmbeddedPlatform.class.getName(),
                "--home", home.toString(), "--data-dir", data.toString(), "--port-base", String.valueOf(portBase),
                "--startup-timeout", "120"));
        command.addAll(List.of(options));
        output = tmp.resolve("launcher.out");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().remove("KAFKA_BOOTSTRAP_SERVERS");
        builder.environment().remove("MONGODB_URI");
        builder.environment().remove("CORRIDOR_DATA_DIR");
        builder.environment().putAll(environment);
        launcher = builder.start();
    }

    private String awaitOutput(String text) throws IOException {
        try {
            return await("'" + text + "' from the launcher").atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        String all = Files.readString(output);
                        if (!all.contains(text) && !launcher.isAlive()) {
                            throw new AssertionError("The launcher exited with " + launcher.exitValue() + ":\n"
                                    + all);
                        }
                        return all;
                    }, all -> all.contains(text));
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("No '" + text + "' in:\n" + Files.readString(output), e);
        }
    }

    private String log(String name) throws IOException {
        return Files.readString(data.resolve("logs").resolve(name + ".log"), StandardCharsets.UTF_8);
    }

    /** The pid a stand-in wrote first thing to its log. */
    private long pidInLog(String name) throws IOException {
        java.util.regex.Matcher pid = java.util.regex.Pattern.compile("stand-in " + name + " starting, pid (\\d+)")
                .matcher(log(name));
        assertThat(pid.find()).as("pid of " + name).isTrue();
        return Long.parseLong(pid.group(1));
    }

    private List<Long> childPids() throws IOException {
        Path run = data.resolve("run");
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.map(f -> {
                try {
                    return Optional.of(Long.parseLong(Files.readString(f).trim()));
                } catch (IOException | NumberFormatException e) {
                    return Optional.<Long>empty();
                }
            }).flatMap(Optional::stream).toList();
        }
    }
}
