package org.corridor.benchmark.permits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.corridor.platform.IssuerTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * visa-permit-tracking over HTTP, as its users call it: a consular officer of the post working the checklist and
 * lodging, a worker adding their own details. Tokens are signed with the identity service's key from the
 * platform's data folder, as the issuer signs them.
 */
final class PermitService {

    static final String POST = "de-embassy-manila";
    static final List<String> DOCUMENTS = List.of("PASSPORT_COPY", "EMPLOYMENT_CONTRACT", "RECOGNITION_DECISION",
            "MEDICAL_CERTIFICATE", "POLICE_CLEARANCE");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final IssuerTokens tokens;

    PermitService(String baseUrl, IssuerTokens tokens) {
        this.baseUrl = baseUrl;
        this.tokens = tokens;
    }

    private String consulate() {
        return token("consul-benchmark", "CONSULATE", POST, "DE", null);
    }

    boolean healthy() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Waits until the placement's application can be read: the service has opened it. */
    void awaitOpened(String applicationId, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> view = send("GET", "/applications/" + applicationId, consulate(), null);
            if (view.statusCode() == 200) {
                return;
            }
            if (view.statusCode() != 404 || System.nanoTime() > deadline) {
                expect(200, view, "application " + applicationId + " opened");
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }

    /** The worker's passport number, nationality, birth date and declared gender, then the checklist verified. */
    void completeChecklist(String applicationId, String personId, int n) {
        String worker = token("worker-" + personId, "WORKER", null, null, personId);
        expect(204, send("PUT", "/applications/" + applicationId + "/personal-details", worker,
                "{\"passportNumber\":\"P" + String.format("%07d", n) + "B\",\"nationality\":\"PH\","
                        + "\"birthDate\":\"1995-03-14\",\"gender\":\"" + (n % 2 == 0 ? "FEMALE" : "MALE") + "\"}"),
                "personal details of " + applicationId);
        for (String document : DOCUMENTS) {
            for (String step : List.of("receipt", "verification")) {
                expect(204, send("POST", "/applications/" + applicationId + "/documents/" + document + "/" + step,
                        consulate(), null), step + " of " + document + " of " + applicationId);
            }
        }
    }

    void lodge(String applicationId) {
        expect(202, send("POST", "/applications/" + applicationId + "/lodgement", consulate(), null),
                "lodgement of " + applicationId);
    }

    /** How many of the post's applications are in {@code status}: the queue's total. */
    long count(String status) {
        HttpResponse<String> page = send("GET", "/applications?status=" + status + "&size=1", consulate(), null);
        expect(200, page, "the queue");
        return read(page).get("total").asLong();
    }

    JsonNode application(String applicationId) {
        HttpResponse<String> view = send("GET", "/applications/" + applicationId, consulate(), null);
        expect(200, view, "application " + applicationId);
        return read(view);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // Not retried: a command sent twice is not what a user does, and the run should say it failed.
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void expect(int status, HttpResponse<String> response, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": expected HTTP " + status + ", got " + response.statusCode()
                    + " " + response.body());
        }
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("unreadable answer: " + response.body(), e);
        }
    }

    /** A token like the issuer's, signed afresh (tokens last an hour; a run may take longer). */
    private String token(String subject, String role, String organisation, String country, String person) {
        return tokens.sign(subject, List.of(role), organisation, country, person, Duration.ofHours(1));
    }
}
