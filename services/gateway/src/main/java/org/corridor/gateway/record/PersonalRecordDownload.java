package org.corridor.gateway.record;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.annotations.Operation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.corridor.gateway.routing.DownstreamServices;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A worker's right of access and portability: everything the platform holds about them, from every service, as one
 * JSON document. Each service answers for itself at {@code GET /people/{personId}/record} (its data, what changed and
 * who changed it, who else was shown it), checking the worker's own token; the gateway only puts the answers side by
 * side. A service that cannot answer right now is listed under {@code unavailable}, so the person knows the download
 * is incomplete and to try again, rather than getting nothing.
 */
@RestController
class PersonalRecordDownload {

    static final String PATH = "/api/people/me/record";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    private final DownstreamServices services;
    private final ObjectMapper json;
    private final RestClient http;
    private final Clock clock;

    PersonalRecordDownload(DownstreamServices services, ObjectMapper json, RestClient.Builder http) {
        this.services = services;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2)).build());
        requests.setReadTimeout(CALL_TIMEOUT);
        this.http = http.requestFactory(requests).build();
        this.clock = Clock.systemUTC();
    }

    @Operation(summary = "Download everything the platform holds about you, from every service, as one document",
            description = "For a worker, with the token of the account they activated. Each service's part lists "
                    + "its records of you, what changed and who changed it, and who else was shown them. A service "
                    + "that cannot answer now is listed under 'unavailable': download again later for its part.")
    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ObjectNode> download(@AuthenticationPrincipal Jwt token) {
        String person = token.getClaimAsString("person");
        if (person == null || person.isBlank() || !token.getClaimAsStringList("roles").contains("WORKER")) {
            throw new AccessDeniedException("Only a worker can download their own record: sign in with the account "
                    + "you activated with the code from your enrolment letter.");
        }
        ObjectNode document = json.createObjectNode();
        document.put("personId", person);
        document.put("generatedAt", clock.instant().toString());
        ObjectNode records = document.putObject("services");
        ArrayNode unavailable = document.putArray("unavailable");
        for (Map.Entry<String, URI> service : services.services().entrySet()) {
            try {
                JsonNode record = http.get()
                        .uri(UriComponentsBuilder.fromUri(service.getValue()).path("/people/{person}/record")
                                .buildAndExpand(person).encode().toUri())
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.getTokenValue())
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .body(JsonNode.class);
                records.set(service.getKey(), record);
            } catch (RestClientResponseException refused) {
                if (refused.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
                    // The service holds no record of the person (or was erased): nothing to show from it
                    records.set(service.getKey(), json.createObjectNode().put("holds", "nothing about you"));
                } else {
                    unavailable.addObject().put("service", service.getKey())
                            .put("reason", "answered " + refused.getStatusCode().value() + "; try again later");
                }
            } catch (RestClientException down) {
                unavailable.addObject().put("service", service.getKey())
                        .put("reason", "could not be reached; try again later");
            }
        }
        String file = "corridor-record-" + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".json";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
                .contentType(MediaType.APPLICATION_JSON)
                .body(document);
    }
}
