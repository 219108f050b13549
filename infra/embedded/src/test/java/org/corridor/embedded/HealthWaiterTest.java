package org.corridor.embedded;

import org.corridor.platform.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
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
                new HealthWaiter.Target("visa-permit-tracking", down, OptionalInt::empty)), Duration.ofMillis(600));

        assertThat(outcome).isEqualTo(new HealthWaiter.TimedOut(java.util.Map.of("visa-permit-tracking", "DOWN")));
    }

    @Test
    void gives_up_at_the_deadline_naming_what_each_service_said_last() throws Exception {
        URI up = serve("/up/actuator/health", () -> new Answer(200, "{\"status\":\"UP\"}"));
        URI nobody = URI.create("http://localhost:" + FreePorts.any() + "/actuator/health");

        HealthWaiter.Outcome outcome = waiter.await(List.of(
                new HealthWaiter.Target("gateway", up, OptionalInt::empty),
                new HealthWaiter.Target("return-reintegration", nobody, OptionalInt::empty)), Duration.ofSeconds(1));

        assertThat(outcome).isInstanceOf(HealthWaiter.TimedOut.class);
        assertThat(((HealthWaiter.TimedOut) outcome).lastSeen())
                .containsOnlyKeys("return-reintegration")
                .containsEntry("return-reintegration", "not listening yet");
        assertThat(printed()).contains("waiting for return-reintegration [not listening yet]");
    }

    @Test
    void a_health_endpoint_that_hangs_counts_as_not_up_and_is_not_flooded_with_requests() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        URI hanging = serve("/hanging/actuator/health", () -> {
            requests.incrementAndGet();
            sleep(5_000);
            return new Answer(200, "{\"status\":\"UP\"}");
        });

        long start = System.nanoTime();
        HealthWaiter.Outcome outcome = waiter.await(List.of(
                new HealthWaiter.Target("skills-recognition", hanging, OptionalInt::empty)), Duration.ofMillis(1_300));

        assertThat(outcome).isEqualTo(new HealthWaiter.TimedOut(java.util.Map.of("skills-recognition",
                "no answer within the request timeout")));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
        // 500 ms request timeout, 50 ms poll interval: a new request only after the previous one gave up
        assertThat(requests.get()).isBetween(1, 3);
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

        long start = System.nanoTime();
        HealthWaiter.Outcome outcome = waiter.await(List.of(new HealthWaiter.Target("employer-matching", nobody,
                () -> child.isAlive() ? OptionalInt.empty() : OptionalInt.of(child.exitValue()))),
                Duration.ofMinutes(1));

        assertThat(outcome).isEqualTo(new HealthWaiter.Exited("employer-matching", 1));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private record Answer(int status, String body) {
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
