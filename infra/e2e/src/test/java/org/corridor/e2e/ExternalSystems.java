package org.corridor.e2e;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * The systems outside Corridor that a person's cycle reaches, stood in for by one WireMock server: the
 * destination's qualification authority (certificate checks) and its immigration system (lodging permit cases).
 * The platform is pointed at it through the same environment variables an operator sets in production.
 */
final class ExternalSystems implements AutoCloseable {

    private final WireMockServer server = new WireMockServer(options().dynamicPort());

    ExternalSystems() {
        server.start();
        server.stubFor(get(urlPathMatching("/certificates/.+"))
                .willReturn(okJson("{\"status\": \"VALID\", \"qualification\": \"Caregiving NC II\"}")));
        server.stubFor(post(urlEqualTo("/cases"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\": \"DE-CASE-E2E-1\"}")));
    }

    /** The variables that send each service's adapter here. */
    Map<String, String> environment() {
        return Map.of(
                "CORRIDOR_SKILLS_QUALIFICATIONAUTHORITY_BASEURL", server.baseUrl(),
                "CORRIDOR_IMMIGRATION_URL", server.baseUrl());
    }

    /** How many lodging requests reached the immigration system. */
    int lodgements() {
        return server.countRequestsMatching(postRequestedFor(urlEqualTo("/cases")).build()).getCount();
    }

    @Override
    public void close() {
        server.stop();
    }
}
