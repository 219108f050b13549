package org.corridor.kernel.testing;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every service offers operators from its first day: health, Prometheus metrics (to operators' tokens only) and its OpenAPI
 * description. A service's test extends this to run it against the shared embedded platform.
 */
@CorridorServiceTest
public abstract class PlatformConformance {

    @Autowired
    protected TestRestTemplate http;

    @Test
    void starts_on_the_platform_and_reports_healthy() {
        ResponseEntity<Map> health = http.getForEntity("/actuator/health", Map.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
    }

    @Test
    void publishes_its_openapi_description() {
        ResponseEntity<Map> api = http.getForEntity("/v3/api-docs", Map.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api.getBody()).containsKey("openapi");
    }

    @Test
    void exposes_prometheus_metrics_to_operators_only() {
        assertThat(metrics(null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String role : TestTokens.ROLES) {
            assertThat(metrics(TestTokens.forRole(role)).getStatusCode()).as(role).isEqualTo(HttpStatus.FORBIDDEN);
        }
        ResponseEntity<String> metrics = metrics(TestTokens.operator());
        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes");
    }

    private ResponseEntity<String> metrics(String token) {
        HttpHeaders headers = new HttpHeaders();
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, token);
        }
        return http.exchange("/actuator/prometheus", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }
}
