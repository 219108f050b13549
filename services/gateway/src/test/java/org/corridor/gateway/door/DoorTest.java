package org.corridor.gateway.door;

import com.jayway.jsonpath.JsonPath;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/** What the door lets through besides tokens and rate limits (application-test.yml: 16 KB bodies, 64 KB uploads). */
class DoorTest extends RunningGateway {

    private static final String SCHEMES = "/api/skills-recognition/schemes";
    private static final String BULK = "/api/skills-recognition/trainees/bulk/scheme-1";
    private static final String PORTAL = "https://portal.corridor.test";

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"items\":[]}")));
        for (HttpResponse<String> response : new HttpResponse[]{gateway.get("/actuator/health"),
                gateway.getWithToken(SCHEMES, Tokens.valid()), gateway.get(SCHEMES)}) {
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                    assertThat(policy).contains("camera=()"));
            assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                    assertThat(cache).contains("no-store"));
        }
    }

    @Test
    void aPageOfThePortalMayCallTheApiAndAPageOfAnyOtherSiteMayNot() {
        HttpResponse<String> portal = gateway.send("OPTIONS", SCHEMES, null, "Origin", PORTAL,
                "Access-Control-Request-Method", "POST", "Access-Control-Request-Headers", "authorization,content-type");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).hasValue(PORTAL);
        assertThat(portal.headers().firstValue("Access-Control-Allow-Methods")).hasValueSatisfying(methods ->
                assertThat(methods).contains("POST"));

        HttpResponse<String> elsewhere = gateway.send("OPTIONS", SCHEMES, null, "Origin", "https://evil.example",
                "Access-Control-Request-Method", "POST");
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        assertThat(elsewhere.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        HttpResponse<String> simple = gateway.getWithToken(SCHEMES, Tokens.valid(), "Origin", "https://evil.example");
        assertThat(simple.statusCode()).isEqualTo(403);
        DownstreamStubs.service("skills-recognition").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedBeforeAnyOfItIsForwarded() {
        HttpResponse<String> refused = gateway.postJson(SCHEMES, json(17 * 1024), "Authorization",
                "Bearer " + Tokens.valid());

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(refused.body(), "$.detail")).contains("16384 bytes").contains("smaller");
        DownstreamStubs.service("skills-recognition").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void aBodyWithinTheLimitIsForwardedWhole() {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        String body = json(15 * 1024);

        assertThat(gateway.postJson(SCHEMES, body, "Authorization", "Bearer " + Tokens.valid()).statusCode())
                .isEqualTo(201);
        DownstreamStubs.service("skills-recognition").verify(1, postRequestedFor(urlPathEqualTo(SCHEMES
                .substring("/api/skills-recognition".length()))).withRequestBody(matching("(?s).{15000,}")));
    }

    @Test
    void aFileUploadHasALimitOfItsOwn() {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String csv = "fullName;birthDate\n" + "Rosa Dela Cruz;1996-02-29\n".repeat(1500); // about 39 KB

        HttpResponse<String> accepted = gateway.send("POST", BULK, csv, "Content-Type", "text/csv",
                "Authorization", "Bearer " + Tokens.valid());
        assertThat(accepted.statusCode()).isEqualTo(200);

        HttpResponse<String> tooLarge = gateway.send("POST", BULK, csv.repeat(2), "Content-Type", "text/csv",
                "Authorization", "Bearer " + Tokens.valid());
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JsonPath.<String>read(tooLarge.body(), "$.detail")).contains("split the file");
    }

    @Test
    void aBodyOfUnknownLengthIsCutOffWhereItPassesTheLimitAndNeverArrivesWhole() throws Exception {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(201)));
        byte[] body = json(40 * 1024).getBytes(StandardCharsets.UTF_8);
        // An input-stream body has no declared length: the client sends it chunked.
        HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayBase() + SCHEMES))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Tokens.valid())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        HttpResponse<String> response;
        try {
            response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException connectionCut) {
            response = null; // the gateway may close the connection on a body it stopped reading
        }

        if (response != null) {
            assertThat(response.statusCode()).as(response.body()).isGreaterThanOrEqualTo(400);
        }
        DownstreamStubs.service("skills-recognition").verify(0, postRequestedFor(anyUrl())
                .withRequestBody(matching("(?s).{40000,}")));
    }

    @Test
    void aServicesActuatorIsNotReachableThroughTheDoorEvenForAnOperator() {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        assertThat(gateway.getWithToken("/api/skills-recognition/actuator/prometheus", Tokens.operator())
                .statusCode()).isEqualTo(403);
        assertThat(gateway.getWithToken("/api/skills-recognition/actuator", Tokens.operator()).statusCode())
                .isEqualTo(403);
        DownstreamStubs.service("skills-recognition").verify(0, anyRequestedFor(anyUrl()));
    }

    private static String json(int size) {
        StringBuilder json = new StringBuilder("{\"name\": \"");
        while (json.length() < size - 2) {
            json.append('x');
        }
        return json.append("\"}").toString();
    }

    private String gatewayBase() {
        return gateway.baseUrl();
    }
}
