package org.corridor.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import com.jayway.jsonpath.JsonPath;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
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

/** Breakers use application.yml: 10 calls minimum, 50 % failures open; the test profile cuts calls at 3 s. */
class ServiceCircuitBreakerTest extends RunningGateway {

    private static final String SKILLS = "skills-recognition";

    @Test
    void aSingleServerErrorReachesTheCallerAsTheServiceSentIt() {
        DownstreamStubs.service(SKILLS).stubFor(any(anyUrl()).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/problem+json").withBody("{\"detail\":\"from the service\"}")));

        HttpResponse<String> response = gateway.getWithToken("/api/skills-recognition/trainees", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("from the service");
    }

    @Test
    void aStormOfServerErrorsOpensTheBreakerAndTheGatewayAnswersForTheService() {
        WireMockServer skills = DownstreamStubs.service(SKILLS);
        skills.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
        String token = Tokens.valid();

        for (int call = 0; call < 10; call++) {
            assertThat(gateway.getWithToken("/api/skills-recognition/trainees", token).statusCode()).isEqualTo(503);
        }
        HttpResponse<String> afterTheStorm = gateway.getWithToken("/api/skills-recognition/trainees", token);

        assertThat(breaker(SKILLS).getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertServiceUnavailableProblem(afterTheStorm, SKILLS);
        assertThat(JsonPath.<String>read(afterTheStorm.body(), "$.detail")).contains("paused");
        assertThat(JsonPath.<String>read(afterTheStorm.body(), "$.instance"))
                .isEqualTo("/api/skills-recognition/trainees");
        skills.verify(10, anyRequestedFor(anyUrl())); // the open breaker spared the service
    }

    @Test
    void anOpenBreakerLeavesTheOtherServicesReachable() {
        breaker(SKILLS).transitionToOpenState();
        DownstreamStubs.service("employer-matching").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        String token = Tokens.valid();

        assertServiceUnavailableProblem(gateway.getWithToken("/api/skills-recognition/schemes", token), SKILLS);
        assertThat(gateway.getWithToken("/api/employer-matching/job-orders", token).statusCode()).isEqualTo(200);
    }

    @Test
    void aServiceSlowerThanTheTimeLimitIsCutOffWith503() {
        DownstreamStubs.service(SKILLS).stubFor(any(anyUrl())
                .willReturn(aResponse().withStatus(200).withFixedDelay(6_000)));

        HttpResponse<String> response = gateway.getWithToken("/api/skills-recognition/schemes", Tokens.valid());

        assertServiceUnavailableProblem(response, SKILLS);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("did not answer in time");
    }

    @Test
    void aConnectionResetByTheServiceAnswers503() {
        DownstreamStubs.service(SKILLS).stubFor(any(anyUrl())
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        HttpResponse<String> response = gateway.postJson("/api/skills-recognition/trainees", "{\"name\":\"Ana\"}",
                "Authorization", "Bearer " + Tokens.valid());

        assertServiceUnavailableProblem(response, SKILLS);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("could not be reached");
    }

    @Test
    void theFallbackAnswersAProblemWhateverTheCallerAccepts() {
        breaker(SKILLS).transitionToOpenState();

        HttpResponse<String> response = gateway.getWithToken("/api/skills-recognition/schemes", Tokens.valid(),
                "Accept", "application/xml");

        assertServiceUnavailableProblem(response, SKILLS);
    }

    static void assertServiceUnavailableProblem(HttpResponse<String> response, String service) {
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:corridor:problem:service-unavailable");
        assertThat(JsonPath.<Integer>read(response.body(), "$.status")).isEqualTo(503);
        assertThat(JsonPath.<String>read(response.body(), "$.service")).isEqualTo(service);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).contains("The " + service + " service");
    }
}
