package org.corridor.kernel.web.sample;

import org.corridor.kernel.audit.Actor;
import org.corridor.kernel.audit.Actors;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@CorridorServiceTest
class CallerTest {

    @Autowired
    TestRestTemplate http;

    @Autowired
    JwtDecoder tokens;

    @Test
    void a_controller_gets_the_callers_claims_as_a_parameter_and_from_current() {
        ResponseEntity<Map> response = get(TestTokens.originAgency("agency-ph", "PH"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> expected = Map.of("userId", "clerk-1", "roles", List.of("ORIGIN_AGENCY"),
                "organisation", "agency-ph", "country", "PH");
        assertThat((Map<String, Object>) response.getBody().get("parameter")).containsAllEntriesOf(expected)
                .doesNotContainKey("personId");
        assertThat((Map<String, Object>) response.getBody().get("current")).containsAllEntriesOf(expected);
    }

    @Test
    void a_workers_token_carries_the_person_their_records_belong_to() {
        ResponseEntity<Map> response = get(TestTokens.worker("person-42"));

        assertThat((Map<String, Object>) response.getBody().get("parameter"))
                .containsEntry("personId", "person-42").containsEntry("roles", List.of("WORKER"));
    }

    @Test
    void every_role_has_a_token_with_that_role() {
        for (String role : TestTokens.ROLES) {
            Caller caller = Caller.of(decode(TestTokens.forRole(role)));
            assertThat(caller.hasRole(role)).as(role).isTrue();
            assertThat(caller.roles()).as(role).containsExactly(role);
        }
        assertThat(Caller.of(decode(TestTokens.worker("p-1"))).hasRole("EMPLOYER")).isFalse();
    }

    @Test
    void the_audit_actor_is_read_from_the_same_claims_as_the_caller() {
        Jwt jwt = decode(TestTokens.employer("employer-de", "DE"));
        Caller caller = Caller.of(jwt);

        assertThat(Actors.fromJwt(jwt)).isEqualTo(new Actor(caller.userId(), "EMPLOYER", caller.organisation()))
                .isEqualTo(Actors.fromCaller(caller));
    }

    @Test
    void without_a_token_there_is_no_caller() {
        ResponseEntity<Map> response = http.getForEntity("/caller", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(Caller.currentIfAny()).isEmpty();
    }

    private ResponseEntity<Map> get(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return http.exchange("/caller", HttpMethod.GET, new HttpEntity<>(headers), Map.class);
    }

    private Jwt decode(String bearer) {
        return tokens.decode(bearer.substring("Bearer ".length()));
    }
}
