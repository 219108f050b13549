package org.corridor.e2e;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

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
    private Process launcher;

    EmbeddedPlatformProcess(Path home, Path dataDir) {
        this.home = home;
        this.dataDir = dataDir;
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-launcher.log");
        // Ports of its own, so the test runs beside anything else on the machine; kept across restarts.
        this.portBase = freeBlock(7);
        this.kafkaPort = portBase + 5;
        this.mongoPort = portBase + 6;
    }

    String gateway() {
        return "http://localhost:" + portBase;
    }

    String kafka() {
        return "localhost:" + kafkaPort;
    }

    private List<Integer> servicePorts() {
        return List.of(portBase, portBase + 1, portBase + 2, portBase + 3, portBase + 4);
    }

    private List<Integer> allPorts() {
        return List.of(portBase, portBase + 1, portBase + 2, portBase + 3, portBase + 4, kafkaPort, mongoPort);
    }

    private static int freeBlock(int size) {
        java.util.Random random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int base = 20000 + random.nextInt(30000);
            boolean free = true;
            for (int port = base; port < base + size && free; port++) {
                free = !listening(port) && bindable(port);
            }
            if (free) {
                return base;
            }
        }
        throw new IllegalStateException("no free block of " + size + " ports");
    }

    private static boolean bindable(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
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
        launcher = new ProcessBuilder(java, "-jar", home.resolve("infra/embedded/target/corridor-embedded.jar").toString(),
                "--data-dir", dataDir.toString(), "--port-base", String.valueOf(portBase),
                "--kafka-port", String.valueOf(kafkaPort), "--mongo-port", String.valueOf(mongoPort))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
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

    private void awaitHealthy(Duration deadline) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant until = Instant.now().plus(deadline);
        for (int port : servicePorts()) {
            while (true) {
                if (!launcher.isAlive()) {
                    throw new IllegalStateException("the launcher exited with " + launcher.exitValue() + ":\n" + logTail());
                }
                if (isUp(http, port)) {
                    break;
                }
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("port " + port + " not healthy within " + deadline + ":\n" + logTail());
                }
                Thread.sleep(500);
            }
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

    private void awaitPortsFree(Duration deadline) throws InterruptedException {
        Instant until = Instant.now().plus(deadline);
        for (int port : allPorts()) {
            while (listening(port)) {
                if (Instant.now().isAfter(until)) {
                    throw new IllegalStateException("port " + port + " is taken: another platform is running");
                }
                Thread.sleep(250);
            }
        }
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("localhost", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
