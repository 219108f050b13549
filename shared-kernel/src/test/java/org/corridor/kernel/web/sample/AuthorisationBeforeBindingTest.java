package org.corridor.kernel.web.sample;

import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@CorridorServiceTest
class AuthorisationBeforeBindingTest {

    @Autowired
    TestRestTemplate http;

    @Test
    void a_role_without_permission_is_forbidden_before_an_invalid_body_is_validated() {
        ResponseEntity<Map> response = post("/enquiries", "{}", TestTokens.employer("employer-de", "DE"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:forbidden")
                .doesNotContainKey("errors");
    }

    @Test
    void a_role_without_permission_is_forbidden_before_a_malformed_body_is_read() {
        ResponseEntity<Map> response = post("/enquiries", "{not json", TestTokens.worker("person-1"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void an_expression_with_several_roles_is_checked_before_the_body_too() {
        assertThat(post("/enquiries/e-1/answers", "{}", TestTokens.employer("employer-de", "DE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("/enquiries/e-1/answers", "{}", TestTokens.consulate("consulate-de-manila", "DE"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_permitted_role_gets_the_validation_problem_naming_the_field() {
        ResponseEntity<Map> response = post("/enquiries", "{}", TestTokens.originAgency("agency-ph", "PH"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("subject");
    }

    @Test
    void the_permitted_role_with_a_valid_body_has_its_command_handled() {
        ResponseEntity<String> response = http.exchange("/enquiries", HttpMethod.POST,
                new HttpEntity<>("{\"subject\": \"wage floor\"}", headers(TestTokens.originAgency("agency-ph", "PH"))),
                String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).isEqualTo("opened: wage floor");
    }

    private ResponseEntity<Map> post(String path, String body, String bearer) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(bearer)), Map.class);
    }

    static HttpHeaders headers(String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return headers;
    }
}
