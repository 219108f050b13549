package org.corridor.gateway.routing;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.net.http.HttpResponse;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

class ServiceRoutesTest extends RunningGateway {

    static final List<String> SERVICES = DownstreamStubs.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceIsReachedUnderItsPrefixWithThePrefixStripped(String service) {
        DownstreamStubs.service(service).stubFor(get(urlEqualTo("/schemes/s-1?track=away"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"answeredBy\":\"" + service + "\"}")));

        HttpResponse<String> response = gateway.getWithToken("/api/" + service + "/schemes/s-1?track=away",
                Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"answeredBy\":\"" + service + "\"}");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
    }

    @Test
    void requestMethodBodyAndAuthorizationReachTheService() {
        WireMockServer matching = DownstreamStubs.service("employer-matching");
        matching.stubFor(post(urlEqualTo("/job-orders")).willReturn(aResponse().withStatus(201)
                .withHeader("Location", "/job-orders/jo-7")));
        String token = Tokens.valid();

        HttpResponse<String> response = gateway.postJson("/api/employer-matching/job-orders",
                "{\"occupation\":\"7212\",\"positions\":3}", "Authorization", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("Location")).hasValue("/job-orders/jo-7");
        matching.verify(postRequestedFor(urlEqualTo("/job-orders"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withRequestBody(equalToJson("{\"occupation\":\"7212\",\"positions\":3}")));
    }

    @Test
    void aServiceRefusalReachesTheCallerUnchanged() {
        DownstreamStubs.service("visa-permit-tracking").stubFor(any(anyUrl()).willReturn(aResponse()
                .withStatus(422).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:corridor:problem:invalid-request\",\"status\":422}")));

        HttpResponse<String> response = gateway.getWithToken("/api/visa-permit-tracking/permit-applications/x",
                Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("urn:corridor:problem:invalid-request");
    }

    @Test
    void theServiceLearnsThePrefixItIsPublishedUnder() {
        WireMockServer returns = DownstreamStubs.service("return-reintegration");
        returns.stubFor(get(urlEqualTo("/return-cases")).willReturn(aResponse().withStatus(200)));

        gateway.getWithToken("/api/return-reintegration/return-cases", Tokens.valid());

        returns.verify(getRequestedFor(urlEqualTo("/return-cases"))
                .withHeader("X-Forwarded-Prefix", equalTo("/api/return-reintegration")));
    }

    @Test
    void aPathOutsideEveryServiceIsNotFound() {
        HttpResponse<String> response = gateway.getWithToken("/api/payroll/anything", Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        DownstreamStubs.SERVICES.forEach(service ->
                assertThat(DownstreamStubs.service(service).getAllServeEvents()).isEmpty());
    }
}
