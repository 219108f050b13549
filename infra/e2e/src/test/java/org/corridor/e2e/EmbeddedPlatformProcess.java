package org.corridor.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.core.ConditionTimeoutException;
import org.corridor.platform.FreePorts;

import static org.awaitility.Awaitility.await;

/**
 * The platform as the README starts it: {@code java -jar infra/embedded/target/corridor-embedded.jar}, a real
 * process tree (the launcher with Kafka and the MongoDB wire server, and a JVM per service) on the real ports.
 */
final class EmbeddedPlatformProcess {

    private final Path home;
    private final int portBase;
    private final int kafkaPort;
    private final int mongoPort;
    private final Path dataDir;
    private final Path log;
    private final Map<String, String> environment;
    private Process launcher;

    /** @param environment added to the launcher's environment, which every service it starts inherits */
    EmbeddedPlatformProcess(Path home, Path dataDir, Map<String, String> environment) {
        this.home = home;
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-launcher.log");
        // Ports of its own, so the test runs beside anything else on the machine; kept across restarts, so they
        // lie outside the ephemeral range, where no outgoing connection can take one between a stop and a start.
        this.portBase = FreePorts.block(8);
        this.kafkaPort = portBase + 6;
        this.mongoPort = portBase + 7;
    }

    String gateway() {
        return "http://localhost:" + portBase;
    }

    /** The identity service: the OpenID Connect issuer every token names and every service trusts. */
    String issuer() {
        return "http://127.0.0.1:" + (portBase + 5);
    }

    /** Where the portal's sign-in comes back to, as the launcher registers it with the issuer. */
    String portalCallback() {
        return "http://127.0.0.1:" + portBase + "/login/callback";
    }

    String mongo() {
        return "mongodb://localhost:" + mongoPort;
    }

    String kafka() {
        return "localhost:" + kafkaPort;
    }

    /** The data folder, where the identity service keeps (among the rest) the key it signs tokens with. */
    Path dataDir() {
        return dataDir;
    }

    private List<Integer> servicePorts() {
        return List.of(portBase, portBase + 1, portBase + 2, portBase + 3, portBase + 4, portBase + 5);
    }

    private List<Integer> allPorts() {
        return List.of(portBase, portBase + 1, portBase + 2, portBase + 3, portBase + 4, portBase + 5, kafkaPort,
                mongoPort);
    }

    static Path repositoryHome() {
        String configured = System.getProperty("corridor.home");
        Path home = Path.of(configured != null ? configured : "../..").toAbsolutePath().normalize();
        if (!Files.exists(home.resolve("infra/embedded/target/corridor-embedded.jar"))) {
            throw new IllegalStateException("package the platform first: no launcher jar under " + home);
        }
        return home;
    }

    void start(Duration deadline) throws Exception {
        awaitPortsFree(Duration.ofSeconds(30));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-jar", home.resolve("infra/embedded/target/corridor-embedded.jar").toString(),
                "--data-dir", dataDir.toString(), "--port-base", String.valueOf(portBase),
                "--kafka-port", String.valueOf(kafkaPort), "--mongo-port", String.valueOf(mongoPort),
                // the demo accounts, signed in with as people do: through the issuer's sign-in form
                "--demo",
                // the launcher waits as long as the test does (its own default, 240 s, is for a person waiting)
                "--startup-timeout", String.valueOf(deadline.toSeconds()))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        launcher = builder.start();
        awaitHealthy(deadline);
    }

    /** Kills every process of the platform at once, as a power cut would: no shutdown hooks, no flushing. */
    void killHard() throws Exception {
        List<ProcessHandle> tree = launcher.descendants().toList();
        launcher.destroyForcibly();
        tree.forEach(ProcessHandle::destroyForcibly);
        launcher.waitFor();
        for (ProcessHandle process : tree) {
            process.onExit().get();
        }
    }

    /** Stops the platform the way Ctrl-C does. */
    void stop() throws Exception {
        if (launcher != null && launcher.isAlive()) {
            List<ProcessHandle> tree = launcher.descendants().toList();
            launcher.destroy();
            if (!launcher.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                killHard();
            }
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no launcher log: " + e.getMessage() + ")";
        }
    }

    private void awaitHealthy(Duration deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await("every service UP").atMost(deadline).pollInterval(Duration.ofMillis(500)).until(() -> {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException("the launcher exited with " + launcher.exitValue() + ":\n"
                            + logTail());
                }
                return servicePorts().stream().allMatch(port -> isUp(http, port));
            });
        } catch (ConditionTimeoutException e) {
            throw new IllegalStateException("not every service healthy within " + deadline + ":\n" + logTail(), e);
        }
    }

    private static boolean isUp(HttpClient http, int port) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the launcher's own check would find every port free (the last run's listeners closed). */
    private void awaitPortsFree(Duration deadline) {
        await("the platform's ports " + allPorts() + " free").atMost(deadline).pollInterval(Duration.ofMillis(250))
                .until(() -> allPorts().stream().noneMatch(FreePorts::inUse));
    }
}
