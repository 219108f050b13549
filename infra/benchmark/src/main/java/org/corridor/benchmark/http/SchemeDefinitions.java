package org.corridor.benchmark.http;

import org.corridor.platform.PortalSignIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.benchmark.load.Load;
import org.corridor.benchmark.load.Tally;
import org.corridor.benchmark.measure.Latencies;
import org.corridor.benchmark.measure.Summary;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The foundation's scheme flow over HTTP, against a running platform: define a scheme ({@code POST /schemes}),
 * then read it back ({@code GET /schemes/{id}}) until the read model shows it. The time from the definition's
 * answer (the event is stored) to the first read that finds it is the read model's lag, as a client sees it.
 */
public final class SchemeDefinitions implements Load {

    private static final Duration READ_MODEL_WAIT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final URI schemes;
    private final String authorization;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicLong defined = new AtomicLong();
    private volatile Latencies readModelLag = new Latencies();
    private final java.util.concurrent.atomic.AtomicInteger notSeen = new java.util.concurrent.atomic.AtomicInteger();

    public SchemeDefinitions(HttpClient http, URI schemes, String bearerToken) {
        this.http = http;
        this.schemes = schemes;
        this.authorization = "Bearer " + bearerToken;
    }

    /**
     * Signs in as a person of an embedded platform at its identity service (the gateway's port + 5), through the
     * sign-in form with PKCE as the portal does, and returns the access token.
     */
    public static String logIn(HttpClient http, URI target, String user, String password)
            throws IOException, InterruptedException {
        return PortalSignIn.embedded(target.getPort()).accessToken(user, password);
    }

    /**
     * Starts a new collection of read-model lags and summarises the previous one; a scheme never seen within the
     * wait counts as slower than any seen.
     */
    public Summary takeReadModelLag() {
        Latencies taken = readModelLag;
        readModelLag = new Latencies();
        return Summary.of(taken.values(), notSeen.getAndSet(0));
    }

    @Override
    public long storedEvents() {
        return defined.get();
    }

    @Override
    public void perform(long intendedStartNanos, Tally tally) {
        String schemeId;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(schemes)
                    .header("Content-Type", "application/json")
                    .header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(definition()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IOException("POST " + schemes + " answered " + response.statusCode() + ": " + response.body());
            }
            JsonNode body = json.readTree(response.body());
            schemeId = body.path("schemeId").asText();
        } catch (IOException e) {
            tally.failed(e);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.failed(e);
            return;
        }
        long stored = System.nanoTime();
        tally.created((stored - intendedStartNanos) / 1000);
        defined.incrementAndGet();
        awaitReadModel(schemeId, stored, tally);
    }

    private void awaitReadModel(String schemeId, long stored, Tally tally) {
        long deadline = stored + READ_MODEL_WAIT.toNanos();
        HttpRequest read = HttpRequest.newBuilder(URI.create(schemes + "/" + schemeId))
                .header("Authorization", authorization)
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        try {
            while (System.nanoTime() < deadline) {
                long start = System.nanoTime();
                int status = http.send(read, HttpResponse.BodyHandlers.discarding()).statusCode();
                tally.read((System.nanoTime() - start) / 1000);
                if (status == 200) {
                    readModelLag.add((System.nanoTime() - stored) / 1000);
                    return;
                }
                Thread.sleep(5);
            }
            notSeen.incrementAndGet();
            tally.failed(new IOException("scheme " + schemeId + " not readable within " + READ_MODEL_WAIT));
        } catch (IOException e) {
            tally.failed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.failed(e);
        }
    }

    private static String definition() {
        return """
                {"name": "Benchmark corridor %s", "originCountry": "PH", "destinationCountry": "DE",
                 "trainingStandard": "Pflegefachassistenz, German B1",
                 "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                                  "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"}}],
                 "quotas": [{"track": "AWAY", "places": 120}, {"track": "HOME", "places": 80}]}
                """.formatted(UUID.randomUUID());
    }
}
