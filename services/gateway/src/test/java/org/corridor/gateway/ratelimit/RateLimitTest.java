package org.corridor.gateway.ratelimit;

import com.jayway.jsonpath.JsonPath;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

/** The test profile allows a burst of 40 per client (2 per second on average). */
class RateLimitTest extends RunningGateway {

    private static final int BURST = 40;

    @Test
    void aClientPastItsBurstIsAnswered429WithRetryAfter() {
        DownstreamStubs.service("return-reintegration").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String token = Tokens.valid();
        for (int i = 0; i < BURST; i++) {
            assertThat(gateway.getWithToken("/api/return-reintegration/return-cases", token).statusCode())
                    .as("request %d of the burst", i + 1).isEqualTo(200);
        }

        HttpResponse<String> refused = gateway.getWithToken("/api/return-reintegration/return-cases", token);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(refused.body(), "$.type")).isEqualTo("urn:corridor:problem:rate-limited");
        long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 20L);
        assertThat(refused.headers().firstValue("X-Correlation-Id")).isPresent();
        DownstreamStubs.service("return-reintegration").verify(BURST, anyRequestedFor(anyUrl()));
    }

    @Test
    void oneClientPastItsBurstDoesNotSlowAnother() {
        DownstreamStubs.service("return-reintegration").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String greedy = Tokens.valid();
        for (int i = 0; i <= BURST; i++) {
            gateway.getWithToken("/api/return-reintegration/return-cases", greedy);
        }
        assertThat(gateway.getWithToken("/api/return-reintegration/return-cases", greedy).statusCode()).isEqualTo(429);

        assertThat(gateway.getWithToken("/api/return-reintegration/return-cases", Tokens.valid()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void healthProbesAreNeverRateLimited() {
        for (int i = 0; i <= BURST; i++) {
            assertThat(gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        }
    }
}
