package org.corridor.matching;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.Map;

/** Calls this service over HTTP as a given caller. */
public record Http(TestRestTemplate rest) {

    public ResponseEntity<Map> get(String path, String token) {
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers(token)), Map.class);
    }

    public ResponseEntity<Map> post(String path, String body, String token) {
        return rest.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers(token)), Map.class);
    }

    public ResponseEntity<Map> put(String path, String body, String token) {
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers(token)), Map.class);
    }

    public ResponseEntity<Map> exchange(String method, String path, String body, String token) {
        return rest.exchange(path, HttpMethod.valueOf(method), new HttpEntity<>(body, headers(token)), Map.class);
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
