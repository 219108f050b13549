package org.corridor.skills.scheme;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.IntegrationHeaders;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@CorridorServiceTest
class SchemeDefinitionHttpTest {

    static final String VALID = """
            {"name": "Philippines-Germany care workers",
             "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"}}],
             "quotas": [{"track": "AWAY", "places": 120}, {"track": "HOME", "places": 80}]}
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    EventStore eventStore;

    @Test
    void a_defined_scheme_is_readable_and_published_under_its_contract() {
        String correlationId = UUID.randomUUID().toString();
        ResponseEntity<Map> created = post(VALID, TestTokens.schemeAdmin(), correlationId);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getFirst("X-Correlation-Id")).isEqualTo(correlationId);
        String schemeId = (String) created.getBody().get("schemeId");
        assertThat(created.getHeaders().getLocation()).hasPath("/schemes/" + schemeId);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            ResponseEntity<Map> read = http.exchange("/schemes/" + schemeId, HttpMethod.GET,
                    new HttpEntity<>(headers(TestTokens.schemeAdmin(), null)), Map.class);
            assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).containsEntry("originCountry", "PH").containsEntry("definedBy", "admin-1");
        });

        ConsumerRecord<String, String> published = awaitPublished(schemeId);
        Contracts.requireValid(published.value());
        assertThat(new String(published.headers().lastHeader(IntegrationHeaders.CORRELATION_ID).value(),
                StandardCharsets.UTF_8)).isEqualTo(correlationId);
        assertThat(published.value()).contains("\"correlationId\":\"" + correlationId + "\"");
    }

    @Test
    void stored_events_record_who_caused_them_and_the_correlation_id() {
        String correlationId = UUID.randomUUID().toString();
        String schemeId = (String) post(VALID, TestTokens.schemeAdmin(), correlationId).getBody().get("schemeId");
        var event = eventStore.readEvents(schemeId).next();
        assertThat(event.getMetaData())
                .containsEntry("userId", "admin-1")
                .containsEntry("role", "SCHEME_ADMIN")
                .containsEntry("organisation", "scheme-admin")
                .containsEntry("correlationId", correlationId)
                .containsKey("causationId");
    }

    @Test
    void an_unknown_country_code_is_refused_naming_the_field_and_nothing_is_stored() {
        long before = countSchemes();
        ResponseEntity<Map> response = post(VALID.replace("\"DE\"", "\"XX\""), TestTokens.schemeAdmin(), null);
        assertProblem(response, "destinationCountry");
        assertThat(countSchemes()).isEqualTo(before);
    }

    @Test
    void an_occupation_code_that_is_no_isco_08_unit_group_is_refused_and_nothing_is_stored() {
        long before = countSchemes();
        ResponseEntity<Map> response = post(VALID.replace("\"5321\"", "\"1000\""), TestTokens.schemeAdmin(), null);
        assertProblem(response, "occupations[0].iscoCode");
        assertThat(countSchemes()).isEqualTo(before);
    }

    @Test
    void a_negative_quota_is_refused_naming_the_field() {
        ResponseEntity<Map> response = post(VALID.replace("\"places\": 80", "\"places\": -5"),
                TestTokens.schemeAdmin(), null);
        assertProblem(response, "quotas[1].places");
    }

    @Test
    void malformed_json_is_refused_as_a_problem() {
        ResponseEntity<Map> response = post("{\"name\": \"broken\", ", TestTokens.schemeAdmin(), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:malformed-json");
    }

    @Test
    void the_same_origin_and_destination_is_refused_by_the_scheme_rules() {
        ResponseEntity<Map> response = post(VALID.replace("\"DE\"", "\"PH\""), TestTokens.schemeAdmin(), null);
        assertProblem(response, "destinationCountry");
    }

    @Test
    void only_a_scheme_administrator_defines_schemes() {
        ResponseEntity<Map> anonymous = post(VALID, null, null);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<Map> employer = post(VALID, TestTokens.bearer("e-1", "EMPLOYER", "employer-1", "DE"), null);
        assertThat(employer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(employer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void assertProblem(ResponseEntity<Map> response, String field) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("type", "urn:corridor:problem:invalid-input");
        assertThat((List<Map<String, Object>>) response.getBody().get("errors"))
                .anySatisfy(error -> assertThat(error).containsEntry("field", field));
    }

    private long countSchemes() {
        ResponseEntity<Map> page = http.exchange("/schemes?size=1", HttpMethod.GET,
                new HttpEntity<>(headers(TestTokens.schemeAdmin(), null)), Map.class);
        return ((Number) page.getBody().get("total")).longValue();
    }

    private ResponseEntity<Map> post(String body, String token, String correlationId) {
        return http.exchange("/schemes", HttpMethod.POST, new HttpEntity<>(body, headers(token, correlationId)), Map.class);
    }

    private static HttpHeaders headers(String token, String correlationId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (token != null) {
            headers.set(HttpHeaders.AUTHORIZATION, token);
        }
        if (correlationId != null) {
            headers.set("X-Correlation-Id", correlationId);
        }
        return headers;
    }

    private static ConsumerRecord<String, String> awaitPublished(String schemeId) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        properties.put("group.id", "test-" + UUID.randomUUID());
        properties.put("auto.offset.reset", "earliest");
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("skills-recognition.events"));
            List<ConsumerRecord<String, String>> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (schemeId.equals(r.key())) {
                        found.add(r);
                    }
                });
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }
}
