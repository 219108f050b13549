package org.corridor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** JSON over real HTTP to the platform's only door, the gateway, as a browser or a script would call it. */
final class Gateway {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;

    Gateway(String base) {
        this.base = base;
    }

    /**
     * An answer: its status, its body as text and, when it is JSON, as a tree (else a missing node), its content
     * type and its {@code Retry-After} in seconds (0 when it has none).
     */
    record Answer(int status, String body, JsonNode json, String contentType, long retryAfter) {

        String text(String field) {
            return json.path(field).asText();
        }

        /** Fails with the body in the message unless the status is the expected one. */
        Answer expect(int expected) {
            assertThat(status).as("HTTP status, body: %s", body).isEqualTo(expected);
            return this;
        }
    }

    Answer get(String path, String token) throws IOException, InterruptedException {
        return send("GET", path, token, null);
    }

    Answer post(String path, String token, String body) throws IOException, InterruptedException {
        return send("POST", path, token, body);
    }

    Answer put(String path, String token, String body) throws IOException, InterruptedException {
        return send("PUT", path, token, body);
    }

    Answer send(String method, String path, String token, String body) throws IOException, InterruptedException {
        return send(method, path, token, body, new String[0]);
    }

    /** With extra headers, as name-value pairs. */
    Answer send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = MissingNode.getInstance();
        if (contentType.contains("json") && !response.body().isBlank()) {
            json = JSON.readTree(response.body());
        }
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(0L);
        return new Answer(response.statusCode(), response.body(), json, contentType, retryAfter);
    }

    /** The {@code total} of a paged list, read with a page of one. */
    long total(String path, String token) throws IOException, InterruptedException {
        return get(path + (path.contains("?") ? "&" : "?") + "size=1", token).expect(200).json().get("total").asLong();
    }
}
