package org.corridor.skills;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/** HTTP calls with a bearer token (or none), for the service's Spring Boot tests. */
public record Api(TestRestTemplate http) {

    public ResponseEntity<Map> get(String path, String token) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
    }

    public ResponseEntity<Map> post(String path, String json, String token) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers(token)), Map.class);
    }

    public static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, token);
        }
        return headers;
    }
}
