package org.corridor.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Plays a Spring Boot service in the launcher's tests, with nothing but the JDK: it answers
 * {@code /actuator/health} on {@code SERVER_PORT}, writes the environment the launcher gave it to its output (so
 * to its log), and says when it was asked to stop.
 *
 * <p>What it does is decided by files in its working directory (the repository root the launcher runs it in),
 * named after the service (the launcher's marker property): {@code stand-in/<name>.fail} makes it exit at once
 * with status 3; {@code stand-in/<name>.down} makes its health DOWN. The system property
 * {@code stand-in.ignore-term=true} makes it ignore SIGTERM, like a service stuck in its shutdown.
 */
public final class StandInService {

    static final List<String> REPORTED_VARIABLES = List.of("SERVER_PORT", "SERVER_ADDRESS", "MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS",
            "CORRIDOR_DATA_DIR", "CORRIDOR_EVENT_STORE", "CORRIDOR_JWT_SECRET", "CORRIDOR_JWT_ISSUER_URI",
            "CORRIDOR_IDENTITY_ISSUER", "CORRIDOR_IDENTITY_CLIENTS_DEMO_KIND", "CORRIDOR_PORTAL_REDIRECT_URIS", "AXONIQ_UPDATE_CHECKER_DISABLED",
            "CORRIDOR_DEMO_LOGINS", "IDENTITY_URL", "SKILLS_RECOGNITION_URL", "EMPLOYER_MATCHING_URL", "VISA_PERMIT_TRACKING_URL",
            "RETURN_REINTEGRATION_URL");

    private StandInService() {
    }

    public static void main(String[] args) throws Exception {
        String name = System.getProperty(ProcessSupervisor.MARKER_PROPERTY, "stand-in");
        int port = Integer.parseInt(System.getenv("SERVER_PORT"));
        System.out.println("stand-in " + name + " starting, pid " + ProcessHandle.current().pid());
        for (String variable : REPORTED_VARIABLES) {
            String value = System.getenv(variable);
            if (value != null) {
                System.out.println("env " + variable + "=" + value);
            }
        }
        if (Files.exists(Path.of("stand-in", name + ".fail"))) {
            System.out.println("stand-in " + name + ": refusing to start, as told");
            System.exit(3);
        }
        boolean down = Files.exists(Path.of("stand-in", name + ".down"));
        String address = System.getenv("SERVER_ADDRESS");
        HttpServer server = HttpServer.create(address == null ? new InetSocketAddress(port)
                : new InetSocketAddress(address, port), 0);
        server.createContext("/actuator/health", exchange -> answer(exchange, down ? 503 : 200,
                "{\"status\":\"" + (down ? "DOWN" : "UP") + "\",\"components\":{\"ping\":{\"status\":\"UP\"}}}"));
        server.start();
        boolean ignoreTerm = Boolean.getBoolean("stand-in.ignore-term");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stand-in " + name + " stopping gracefully");
            if (ignoreTerm) {
                sleepForever();
            }
            server.stop(0);
        }));
        System.out.println("stand-in " + name + " listening on port " + port);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void sleepForever() {
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // a stuck shutdown does not give up
            }
        }
    }
}
