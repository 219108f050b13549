package org.corridor.gateway.routing;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * What people do without a token (register an employer, activate an account, set a password, read an erasure
 * receipt) passes the door; the rest of the identity API needs a token. The identity service learns each client's
 * address from the gateway.
 */
class SelfServiceAndClientAddressTest extends RunningGateway {

    @Test
    void self_service_reaches_the_identity_service_without_a_token_and_names_the_client() {
        for (String path : List.of("/employer-registrations", "/activations", "/password-resets")) {
            DownstreamStubs.service("identity").stubFor(post(urlEqualTo(path))
                    .willReturn(aResponse().withStatus(202)));

            HttpResponse<String> answer = gateway.postJson("/api/identity" + path, "{}");

            assertThat(answer.statusCode()).as(path).isEqualTo(202);
            DownstreamStubs.service("identity").verify(postRequestedFor(urlEqualTo(path))
                    .withHeader("X-Forwarded-For", equalTo("127.0.0.1")));
        }
        DownstreamStubs.service("identity").stubFor(get(urlEqualTo("/erasures/e-1"))
                .willReturn(aResponse().withStatus(200)));
        assertThat(gateway.get("/api/identity/erasures/e-1", "Receipt-Code", "X").statusCode()).isEqualTo(200);
    }

    @Test
    void the_rest_of_the_identity_api_needs_a_token() {
        assertThat(gateway.get("/api/identity/accounts").statusCode()).isEqualTo(401);
        assertThat(gateway.postJson("/api/identity/erasures", "{}").statusCode()).isEqualTo(401);
        assertThat(gateway.postJson("/api/identity/accounts", "{}").statusCode()).isEqualTo(401);
        assertThat(DownstreamStubs.service("identity").getAllServeEvents()).isEmpty();
    }

    @Test
    void a_caller_the_gateway_does_not_trust_is_named_by_its_connection_address() {
        MockHttpServletRequest servlet = new MockHttpServletRequest("POST", "/api/identity/activations");
        servlet.setRemoteAddr("198.51.100.7");
        ServerRequest request = ServerRequest.create(servlet, List.of(new StringHttpMessageConverter()));

        HttpHeaders forwarded = new ClientAddressHeader().apply(new HttpHeaders(), request);

        assertThat(forwarded.get("X-Forwarded-For")).containsExactly("198.51.100.7");
        HttpHeaders kept = new HttpHeaders();
        kept.add("X-Forwarded-For", "203.0.113.9, 127.0.0.1");
        assertThat(new ClientAddressHeader().apply(kept, request).get("X-Forwarded-For"))
                .containsExactly("203.0.113.9, 127.0.0.1");
    }
}
