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
import org.corridor.skills.Api;
import org.corridor.skills.PublishedRecords;
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

        ConsumerRecord<String, String> published = PublishedRecords.awaitOne(schemeId, "skills-recognition.scheme-defined.v1");
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

    static final String FULL = """
            {"name": "Philippines-Germany care workers",
             "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                              "requiredSkills": [{"skillCode": "care.basic", "label": "Basic care", "level": 3}]}],
             "quotas": [{"track": "AWAY", "places": 120, "intakeYear": 2027}, {"track": "HOME", "places": 80, "intakeYear": 2027}],
             "benchmarkWages": [{"iscoCode": "5321", "region": "DE-BY", "monthlyWage": {"amount": "2900.00", "currency": "EUR"}}]}
            """;

    @Test
    void a_scheme_with_training_standards_quotas_per_intake_and_benchmarks_is_published_under_its_contract() {
        String schemeId = (String) post(FULL, TestTokens.schemeAdmin(), null).getBody().get("schemeId");
        ConsumerRecord<String, String> published = PublishedRecords.awaitOne(schemeId, "skills-recognition.scheme-defined.v1");
        Contracts.requireValid(published.value());
        assertThat(published.value()).contains("\"requiredSkills\":[{\"skillCode\":\"care.basic\"")
                .contains("\"intakeYear\":2027").contains("\"region\":\"DE-BY\"")
                .contains("\"administeringOrganisation\":\"scheme-admin\"");
    }

    @Test
    void an_amendment_is_published_with_the_full_terms_and_the_earlier_terms_stay_answerable() {
        String schemeId = (String) post(FULL, TestTokens.schemeAdmin(), null).getBody().get("schemeId");
        String amendment = "{\"terms\": " + FULL.replace("\"places\": 120", "\"places\": 150")
                + ", \"reason\": \"more places agreed\", \"effectiveFrom\": \"2027-03-01\"}";
        ResponseEntity<Map> amended = api().post("/schemes/" + schemeId + "/amendments", amendment, TestTokens.schemeAdmin());
        assertThat(amended.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);

        ConsumerRecord<String, String> published = PublishedRecords.awaitOne(schemeId, "skills-recognition.scheme-amended.v1");
        Contracts.requireValid(published.value());
        assertThat(published.value()).contains("\"places\":150").contains("\"reason\":\"more places agreed\"");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            Map before = api().get("/schemes/" + schemeId + "/terms?on=2027-02-28", TestTokens.schemeAdmin()).getBody();
            Map after = api().get("/schemes/" + schemeId + "/terms?on=2027-03-01", TestTokens.schemeAdmin()).getBody();
            assertThat(after).containsEntry("version", 1);
            assertThat((List<Map<String, Object>>) before.get("quotas")).first().extracting(q -> q.get("places")).isEqualTo(120);
            assertThat((List<Map<String, Object>>) after.get("quotas")).first().extracting(q -> q.get("places")).isEqualTo(150);
        });
    }

    @Test
    void a_scheme_admin_of_another_organisation_can_neither_amend_nor_close_nor_read_the_scheme() {
        String schemeId = (String) post(FULL, TestTokens.schemeAdmin(), null).getBody().get("schemeId");
        String other = TestTokens.bearer("admin-9", "SCHEME_ADMIN", "another-ministry", null);
        String amendment = "{\"terms\": " + FULL.replace("\"places\": 120", "\"places\": 1")
                + ", \"reason\": \"takeover\", \"effectiveFrom\": \"2027-03-01\"}";
        ResponseEntity<Map> amend = api().post("/schemes/" + schemeId + "/amendments", amendment, other);
        assertThat(amend.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(amend.getBody()).containsEntry("rule", "managed-by-its-organisation");
        ResponseEntity<Map> close = api().post("/schemes/" + schemeId + "/closure",
                "{\"closedOn\": \"2027-01-01\", \"reason\": \"takeover\"}", other);
        assertThat(close.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/schemes/" + schemeId, TestTokens.schemeAdmin()).getStatusCode()).isEqualTo(HttpStatus.OK));
        assertThat(api().get("/schemes/" + schemeId, other).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, Object> unchanged = api().get("/schemes/" + schemeId, TestTokens.schemeAdmin()).getBody();
        assertThat(unchanged).containsEntry("status", "OPEN");
        assertThat((List<?>) unchanged.get("versions")).hasSize(1);
    }

    @Test
    void a_closed_scheme_is_published_and_shown_closed() {
        String schemeId = (String) post(FULL, TestTokens.schemeAdmin(), null).getBody().get("schemeId");
        ResponseEntity<Map> close = api().post("/schemes/" + schemeId + "/closure",
                "{\"closedOn\": \"2027-12-31\", \"reason\": \"the partnership ended\"}", TestTokens.schemeAdmin());
        assertThat(close.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        ConsumerRecord<String, String> published = PublishedRecords.awaitOne(schemeId, "skills-recognition.scheme-closed.v1");
        Contracts.requireValid(published.value());
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(api().get("/schemes/" + schemeId, TestTokens.schemeAdmin()).getBody())
                        .containsEntry("status", "CLOSED").containsEntry("closedOn", "2027-12-31"));
    }

    private Api api() {
        return new Api(http);
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
}
