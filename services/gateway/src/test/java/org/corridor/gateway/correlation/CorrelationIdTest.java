package org.corridor.gateway.correlation;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

class CorrelationIdTest extends RunningGateway {

    private static final String HEADER = "X-Correlation-Id";

    private WireMockServer matching() {
        WireMockServer matching = DownstreamStubs.service("employer-matching");
        // Services echo the id too; the caller must still see one id, the gateway's.
        matching.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader(HEADER, "as-echoed-by-the-service")));
        return matching;
    }

    @Test
    void aMissingCorrelationIdIsGeneratedForwardedAndEchoed() {
        WireMockServer matching = matching();

        HttpResponse<String> response = gateway.getWithToken("/api/employer-matching/job-orders", Tokens.valid());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> echoed = response.headers().allValues(HEADER);
        assertThat(echoed).hasSize(1);
        assertThat(UUID.fromString(echoed.get(0))).isNotNull();
        assertThat(forwardedIds(matching)).containsExactlyElementsOf(echoed);
    }

    @Test
    void anIncomingCorrelationIdIsPreservedAndForwarded() {
        WireMockServer matching = matching();

        HttpResponse<String> response = gateway.getWithToken("/api/employer-matching/job-orders", Tokens.valid(),
                HEADER, "enrolment-batch-42");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().allValues(HEADER)).containsExactly("enrolment-batch-42");
        assertThat(forwardedIds(matching)).containsExactly("enrolment-batch-42");
    }

    @Test
    void aCorrelationIdThatCouldInjectIntoLogsIsReplaced() {
        WireMockServer matching = matching();

        HttpResponse<String> response = gateway.getWithToken("/api/employer-matching/job-orders", Tokens.valid(),
                HEADER, "x\" forged=\"true");

        String echoed = response.headers().firstValue(HEADER).orElseThrow();
        assertThat(UUID.fromString(echoed)).isNotNull();
        assertThat(forwardedIds(matching)).containsExactly(echoed);
    }

    @Test
    void aRefusedCallCarriesTheCorrelationIdToo() {
        HttpResponse<String> response = gateway.get("/api/employer-matching/job-orders", HEADER, "refused-call-1");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues(HEADER)).containsExactly("refused-call-1");
    }

    @Test
    void theFallbackAnswerCarriesTheCorrelationId() {
        breaker("employer-matching").transitionToOpenState();

        HttpResponse<String> response = gateway.getWithToken("/api/employer-matching/job-orders", Tokens.valid(),
                HEADER, "while-matching-is-down");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().allValues(HEADER)).containsExactly("while-matching-is-down");
    }

    private static List<String> forwardedIds(WireMockServer service) {
        List<LoggedRequest> requests = service.findAll(anyRequestedFor(anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0).getHeaders().getHeader(HEADER).values();
    }
}
