package org.corridor.gateway.security;

import com.jayway.jsonpath.JsonPath;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class BearerTokenTest extends RunningGateway {

    private static final String TRAINEES = "/api/skills-recognition/trainees";

    @Test
    void anApiCallWithoutATokenIsRefusedWith401Problem() {
        HttpResponse<String> response = gateway.get(TRAINEES);

        assertUnauthenticatedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        DownstreamStubs.service("skills-recognition").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anApiCallWithAValidHmacTokenIsRouted() {
        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        assertThat(gateway.getWithToken(TRAINEES, Tokens.valid()).statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String forged = Tokens.hmac("another-secret-that-is-also-32-bytes-long", Tokens.newSubject(),
                Instant.now().plus(Duration.ofMinutes(10)));

        HttpResponse<String> response = gateway.getWithToken(TRAINEES, forged);

        assertUnauthenticatedProblem(response);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).startsWith("The bearer token was refused");
        DownstreamStubs.service("skills-recognition").verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = Tokens.hmac(Tokens.SECRET, Tokens.newSubject(), Instant.now().minus(Duration.ofMinutes(5)));

        HttpResponse<String> response = gateway.getWithToken(TRAINEES, expired);

        assertUnauthenticatedProblem(response);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("expired");
    }

    @Test
    void aMalformedTokenIsRefused() {
        assertUnauthenticatedProblem(gateway.getWithToken(TRAINEES, "not-a-jwt"));
    }

    @Test
    void healthInfoAndTheOpenApiPageNeedNoToken() {
        assertThat(gateway.get("/actuator/health").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/actuator/info").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/v3/api-docs").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceOpenApiDocumentNeedsNoTokenThroughTheGateway() {
        DownstreamStubs.service("employer-matching").stubFor(get(urlEqualTo("/v3/api-docs"))
                .willReturn(aResponse().withStatus(200).withBody("{\"openapi\":\"3.1.0\"}")));

        HttpResponse<String> response = gateway.get("/api/employer-matching/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("3.1.0");
    }

    @Test
    void metricsNeedAnOperatorToken() {
        assertUnauthenticatedProblem(gateway.get("/actuator/prometheus"));
        assertThat(gateway.getWithToken("/actuator/prometheus", Tokens.valid()).statusCode()).isEqualTo(403);
        HttpResponse<String> scrape = gateway.getWithToken("/actuator/prometheus", Tokens.operator());
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("corridor_gateway_rate_limited_total");
    }

    @Test
    void theBreakerFallbackCannotBeCalledDirectlyEvenWithAToken() {
        HttpResponse<String> response = gateway.getWithToken("/fallback/skills-recognition", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:corridor:problem:forbidden");
    }

    static void assertUnauthenticatedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:corridor:problem:unauthenticated");
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(401);
    }
}
