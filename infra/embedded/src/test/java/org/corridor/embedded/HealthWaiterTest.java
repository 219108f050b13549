package org.corridor.embedded;

import org.corridor.platform.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthWaiterTest {

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final HealthWaiter waiter = new HealthWaiter(Duration.ofMillis(50), Duration.ofMillis(500),
            Duration.ofMillis(200), new PrintStream(output, true, StandardCharsets.UTF_8));
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waits_until_every_service_reports_up() throws Exception {
        AtomicInteger polls = new AtomicInteger();
        // DOWN for the first three polls (a dependency not reachable yet), then UP
        URI slow = serve("/slow/actuator/health", () -> polls.incrementAndGet() <= 3
                ? new Answer(503, "{\"status\":\"DOWN\",\"components\":{\"mongo\":{\"status\":\"DOWN\"}}}")
                : new Answer(200, "{\"status\":\"UP\",\"components\":{\"mongo\":{\"status\":\"UP\"}}}"));
        URI quick = serve("/quick/actuator/health", () -> new Answer(200, "{\"status\":\"UP\"}"));

        HealthWaiter.Outcome outcome = waiter.await(List.of(
                new HealthWaiter.Target("employer-matching", slow, OptionalInt::empty),
                new HealthWaiter.Target("gateway", quick, OptionalInt::empty)), Duration.ofSeconds(20));

        assertThat(outcome).isInstanceOf(HealthWaiter.AllUp.class);
        assertThat(((HealthWaiter.AllUp) outcome).upAfter()).containsOnlyKeys("employer-matching", "gateway");
        assertThat(polls.get()).isGreaterThanOrEqualTo(4);
        assertThat(printed()).contains("employer-matching is UP", "gateway is UP");
    }

    @Test
    void a_component_that_is_up_does_not_make_a_down_service_up() throws Exception {
        URI down = serve("/down/actuator/health",
                () -> new Answer(503, "{\"status\":\"DOWN\",\"components\":{\"ping\":{\"status\":\"UP\"}}}"));

        HealthWaiter.Outcome outcome = waiter.await(List.of(
                new HealthWaiter.Target("visa-permit-tracking", down, OptionalInt::empty)), Duration.ofSeconds(3));

        assertThat(outcome).isEqualTo(new HealthWaiter.TimedOut(java.util.Map.of("visa-permit-tracking", "DOWN")));
    }

    @Test
    void gives_up_at_the_deadline_naming_what_each_service_said_last() throws Exception {
        URI up = serve("/up/actuator/health", () -> new Answer(200, "{\"status\":\"UP\"}"));
        URI nobody = URI.create("http://localhost:" + FreePorts.any() + "/actuator/health");

        HealthWaiter.Outcome outcome = waiter.await(List.of(
                new HealthWaiter.Target("gateway", up, OptionalInt::empty),
                new HealthWaiter.Target("return-reintegration", nobody, OptionalInt::empty)), Duration.ofSeconds(3));

        assertThat(outcome).isInstanceOf(HealthWaiter.TimedOut.class);
        assertThat(((HealthWaiter.TimedOut) outcome).lastSeen())
                .containsOnlyKeys("return-reintegration")
                .containsEntry("return-reintegration", "not listening yet");
        assertThat(printed()).contains("waiting for return-reintegration [not listening yet]");
    }

    @Test
    void a_health_endpoint_that_hangs_counts_as_not_up_and_gets_a_new_request_only_after_the_last_one_gave_up()
            throws Exception {
        HangingEndpoint hanging = new HangingEndpoint();
        hanging.start();
        Thread waiting = new Thread(() -> {
            try {
                waiter.await(List.of(new HealthWaiter.Target("skills-recognition", hanging.uri(), OptionalInt::empty)),
                        Duration.ofMinutes(5));
            } catch (InterruptedException stopped) {
                // the test has seen enough
            }
        }, "health-waiter");
        waiting.start();
        try {
            // 50 ms poll interval, 500 ms request timeout: asked again and again, never while a request is open
            await().atMost(Duration.ofSeconds(60)).until(() -> hanging.requests() >= 3);
            assertThat(hanging.askedWhileARequestWasOpen()).isZero();

            await().atMost(Duration.ofSeconds(60)).until(() -> printed()
                    .contains("waiting for skills-recognition [no answer within the request timeout]"));
        } finally {
            waiting.interrupt();
            waiting.join();
            hanging.close();
        }
    }

    @Test
    void stops_waiting_as_soon_as_a_service_process_has_exited() throws Exception {
        // a real child that dies at once, as a service does when its configuration is wrong
        Process child = new ProcessBuilder(StandIns.java(), "-cp", "does-not-exist", "org.corridor.NoSuchService")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        URI nobody = URI.create("http://localhost:" + FreePorts.any() + "/actuator/health");

        // Had the exit not ended the wait, the deadline would, and the outcome would say TimedOut.
        HealthWaiter.Outcome outcome = waiter.await(List.of(new HealthWaiter.Target("employer-matching", nobody,
                () -> child.isAlive() ? OptionalInt.empty() : OptionalInt.of(child.exitValue()))),
                Duration.ofMinutes(2));

        assertThat(outcome).isEqualTo(new HealthWaiter.Exited("employer-matching", 1));
    }

    private record Answer(int status, String body) {
    }

    /**
     * A health endpoint that reads each request and never answers. When a request arrives it checks whether the
     * client has closed every earlier connection: a client that gave up on a request closes its connection first,
     * so its end of stream is already there to read.
     */
    private static final class HangingEndpoint implements AutoCloseable {
        private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        private final List<Socket> connections = new java.util.ArrayList<>();
        private final AtomicInteger requests = new AtomicInteger();
        private final AtomicInteger askedWhileOpen = new AtomicInteger();
        private final Thread acceptor = new Thread(this::accept, "hanging-health-endpoint");

        HangingEndpoint() throws IOException {
        }

        void start() {
            acceptor.start();
        }

        URI uri() {
            return URI.create("http://localhost:" + server.getLocalPort() + "/actuator/health");
        }

        int requests() {
            return requests.get();
        }

        int askedWhileARequestWasOpen() {
            return askedWhileOpen.get();
        }

        private void accept() {
            while (!server.isClosed()) {
                try {
                    Socket connection = server.accept();
                    if (connections.stream().anyMatch(HangingEndpoint::stillOpen)) {
                        askedWhileOpen.incrementAndGet();
                    }
                    connections.add(connection);
                    requests.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }

        /** Reads what the client sent; an end of stream (or a reset) means the client closed the connection. */
        private static boolean stillOpen(Socket connection) {
            if (connection.isClosed()) {
                return false;
            }
            try {
                connection.setSoTimeout(100);
                byte[] buffer = new byte[4096];
                while (true) {
                    if (connection.getInputStream().read(buffer) < 0) {
                        connection.close();
                        return false;
                    }
                }
            } catch (SocketTimeoutException nothingMore) {
                return true;
            } catch (IOException reset) {
                closeQuietly(connection);
                return false;
            }
        }

        private static void closeQuietly(Socket connection) {
            try {
                connection.close();
            } catch (IOException e) {
                // gone already
            }
        }

        @Override
        public void close() throws Exception {
            server.close();
            acceptor.join();
            connections.forEach(HangingEndpoint::closeQuietly);
        }
    }

    private interface Responder {
        Answer answer();
    }

    private URI serve(String path, Responder responder) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }
        server.createContext(path, exchange -> {
            Answer answer = responder.answer();
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/vnd.spring-boot.actuator.v3+json");
            try {
                exchange.sendResponseHeaders(answer.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (IOException clientGone) {
                // the waiter gave up on this request
            }
        });
        return URI.create("http://localhost:" + server.getAddress().getPort() + path);
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
