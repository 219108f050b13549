package org.corridor.identity.issuer;

import org.corridor.identity.Browser;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A machine client gets a token with its secret; a service accepts it with the claims configured for it. */
@CorridorServiceTest
class ClientCredentialsTest {

    static final String SECRET = "a-test-secret-of-at-least-24-characters";

    @LocalServerPort
    int port;

    @Test
    void a_machine_client_with_its_secret_gets_a_token_carrying_its_roles_and_organisation() {
        Browser machine = new Browser(port, "198.51.100.20");
        HttpResponse<String> answer = machine.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", basic("monitoring-robot", SECRET), "Accept", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String token = Browser.json(answer.body()).get("access_token").asText();

        Caller caller = Caller.of(NimbusJwtDecoder.withIssuerLocation(machine.base()).build().decode(token));
        assertThat(caller.userId()).isEqualTo("monitoring-robot");
        assertThat(caller.roles()).containsExactly("MONITOR");
        assertThat(caller.organisation()).isEqualTo("monitor");
    }

    @Test
    void a_wrong_secret_or_a_browser_client_gets_no_token() {
        Browser machine = new Browser(port, "198.51.100.21");
        HttpResponse<String> wrong = machine.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", basic("monitoring-robot", SECRET + "x"), "Accept", "application/json");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("invalid_client");

        HttpResponse<String> portal = machine.postForm("/oauth2/token",
                Map.of("grant_type", "client_credentials", "client_id", "portal"), "Accept", "application/json");
        assertThat(portal.statusCode()).isEqualTo(401);
    }

    @Test
    void a_machine_client_of_the_administration_calls_the_administration_api_with_its_token() {
        Browser machine = new Browser(port, "198.51.100.22");
        HttpResponse<String> answer = machine.postForm("/oauth2/token", Map.of("grant_type", "client_credentials"),
                "Authorization", basic("e2e-admin", "an-e2e-secret-of-at-least-24-characters"),
                "Accept", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        String token = Browser.json(answer.body()).get("access_token").asText();
        Caller caller = Caller.of(NimbusJwtDecoder.withIssuerLocation(machine.base()).build().decode(token));
        assertThat(caller.roles()).containsExactly("SCHEME_ADMIN");
        assertThat(caller.organisation()).isEqualTo("benchmark-admin");
        assertThat(caller.country()).isEqualTo("DE");
        assertThat(caller.personId()).as("a machine never carries a person").isNull();

        String username = "bench-clerk-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = machine.postJson("/accounts", token, """
                {"username":"%s","roles":["ORIGIN_AGENCY"],"organisation":"bench-agency-ph","country":"PH"}"""
                .formatted(username));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        HttpResponse<String> listed = machine.getJson("/accounts?size=200", token);
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains(username);
    }

    private static String basic(String client, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
