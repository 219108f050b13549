package org.corridor.skills.person;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.skills.Api;
import org.corridor.skills.PublishedRecords;
import org.corridor.skills.QualificationAuthorityMock;
import org.corridor.skills.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;


import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure and the right of access, end to end in this service: a person enrolled from an uploaded file, trained,
 * with a recognition case, erased by a real {@code identity.erasure-requested.v1} record on {@code identity.events}.
 */
@CorridorServiceTest
class ErasureAndAccessHttpTest {

    static final String ANSWER = "skills-recognition.personal-data-erased.v1";
    static final String SCHEME = """
            {"name": "Philippines-Germany care workers", "originCountry": "PH", "destinationCountry": "DE",
             "trainingStandard": "Pflegefachassistenz, German B1",
             "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                              "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                              "requiredSkills": [{"skillCode": "care.basic", "label": "Basic care", "level": 3}]}],
             "quotas": [{"track": "AWAY", "places": 20}, {"track": "HOME", "places": 20}]}
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();

    Api api() {
        return new Api(http);
    }

    /** Values no other test uses, so finding one anywhere means it was not erased. */
    record Person(String personId, String name, String birthDate, String phone, String email, String certificate,
                  String evidence, String grounds, String schemeId, String importId, String caseId) {

        List<String> values() {
            return List.of(name, birthDate, phone, email, certificate, evidence, grounds);
        }
    }

    @Test
    void an_erasure_requested_by_identity_leaves_no_personal_value_in_any_store_topic_or_endpoint_and_the_counts_unchanged()
            throws Exception {
        Person person = enrolTrainAndOpenACase();
        String officer = Tokens.officer("DE");
        assertThat(api().get("/recognition-cases/" + person.caseId(), officer).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api().get("/trainees/" + person.personId(), Tokens.manilaAgency()).getBody())
                .containsEntry("fullName", person.name());

        // the right of access: the person's data, what changed and who did it, who else read it
        Map<String, Object> record = api().get("/people/" + person.personId() + "/record",
                Tokens.worker(person.personId())).getBody();
        assertThat(record).containsEntry("service", "skills-recognition").containsEntry("personId", person.personId());
        String shown = json.writeValueAsString(record.get("data"));
        assertThat(shown).contains(person.name(), person.birthDate(), person.phone(), person.email(),
                person.certificate(), person.evidence(), person.grounds());
        assertThat((List<Map<String, Object>>) record.get("changes"))
                .anySatisfy(c -> assertThat(c).containsEntry("what", "trainee record: trainee enrolled")
                        .containsEntry("byUserId", "clerk-agency-manila").containsEntry("byOrganisation", "agency-manila")
                        .containsEntry("byRoles", List.of("ORIGIN_AGENCY")))
                .anySatisfy(c -> assertThat((String) c.get("what")).isEqualTo("trainee record: module completed"))
                .anySatisfy(c -> assertThat((String) c.get("what"))
                        .isEqualTo("recognition case " + person.caseId() + ": recognition case opened"));
        assertThat((List<Map<String, Object>>) record.get("accesses"))
                .anySatisfy(a -> assertThat(a).containsEntry("userId", "officer-DE")
                        .containsEntry("organisation", "authority-DE").containsEntry("what", "recognition case")
                        .containsKey("at"))
                .anySatisfy(a -> assertThat(a).containsEntry("userId", "clerk-agency-manila")
                        .containsEntry("what", "trainee record"))
                .noneSatisfy(a -> assertThat(a.get("userId")).isEqualTo("worker-" + person.personId()));

        Map<String, Object> countsBefore = api().get("/schemes/" + person.schemeId() + "/trainee-counts",
                TestTokens.schemeAdmin()).getBody();
        Map<String, Object> countsBeforeForMonitors = api().get("/schemes/" + person.schemeId() + "/trainee-counts",
                Tokens.monitor()).getBody();
        assertThat(countsBefore.toString()).contains("ENROLLED=1", "FEMALE=1");

        String erasureId = UUID.randomUUID().toString();
        String request = erasureRequest(person.personId(), erasureId);
        send(request);
        send(request);

        ConsumerRecord<String, String> answer = PublishedRecords.awaitOne(erasureId, ANSWER);
        Contracts.requireValid(answer.value());
        JsonNode payload = json.readTree(answer.value()).get("payload");
        assertThat(payload.get("outcome").asText()).isEqualTo("ERASED");
        assertThat(payload.get("personId").asText()).isEqualTo(person.personId());
        assertThat(payload.get("erasureId").asText()).isEqualTo(erasureId);
        List<String> stores = new ArrayList<>();
        payload.get("items").forEach(item -> stores.add(item.get("store").asText() + " " + item.get("action").asText()));
        assertThat(stores).contains("EVENT_STORE KEY_DESTROYED", "READ_MODEL CLEARED", "BLIND_INDEX REMOVED",
                "FILE REMOVED");
        assertThat(payload.has("holds")).as("no legal hold in skills-recognition").isFalse();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<String> found = new ArrayList<>();
            for (String collection : mongo.getDb().listCollectionNames()) {
                for (Document document : mongo.getDb().getCollection(collection).find()) {
                    String text = document.toJson();
                    person.values().stream().filter(text::contains)
                            .forEach(value -> found.add(collection + " holds " + value));
                }
            }
            assertThat(found).as("personal values left in MongoDB").isEmpty();
        });
        List<String> rawEvents = new ArrayList<>();
        jdbc.queryForList("select payload, metaData from DomainEventEntry").forEach(row -> row.values()
                .forEach(value -> rawEvents.add(value instanceof byte[] bytes
                        ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(value))));
        assertThat(rawEvents).isNotEmpty();
        assertThat(rawEvents).allSatisfy(stored -> assertThat(stored).doesNotContain(person.values()));
        assertThat(PublishedRecords.everything()).allSatisfy(published ->
                assertThat(published.value()).doesNotContain(person.values()));

        // every read endpoint, and the person's own record, show no personal value any more
        List<String> reads = new ArrayList<>();
        reads.add(raw("/trainees/" + person.personId(), Tokens.manilaAgency()));
        reads.add(raw("/trainees?schemeId=" + person.schemeId(), Tokens.manilaAgency()));
        reads.add(raw("/trainees/" + person.personId() + "/training",
                Tokens.provider("tesda-manila")));
        reads.add(raw("/trainees/" + person.personId() + "/timeline",
                Tokens.manilaAgency()));
        reads.add(raw("/recognition-cases/" + person.caseId(), officer));
        reads.add(raw("/recognition-cases", officer));
        reads.add(raw("/enrolment-imports/" + person.importId(), Tokens.manilaAgency()));
        Map<String, Object> letters = api().get("/enrolment-imports/" + person.importId() + "/activation-letters",
                Tokens.manilaAgency()).getBody();
        reads.add(json.writeValueAsString(letters));
        Map<String, Object> after = api().get("/people/" + person.personId() + "/record",
                Tokens.worker(person.personId())).getBody();
        reads.add(json.writeValueAsString(after));
        assertThat(reads).allSatisfy(read -> assertThat(read).doesNotContain(person.values()));
        assertThat((List<Map<String, Object>>) letters.get("items"))
                .anySatisfy(l -> assertThat(l).containsEntry("personId", person.personId())
                        .containsEntry("state", "ERASED").satisfies(x -> assertThat(x.get("activationCode")).isNull()));
        assertThat((Map<String, Object>) ((Map<String, Object>) after.get("data")).get("trainee"))
                .containsEntry("status", "ERASED").satisfies(t -> assertThat(t.get("fullName")).isNull());
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) after.get("data")).get("recognitionCases"))
                .singleElement().satisfies(c -> assertThat(c.get("certificate")).isNull());

        // the counts are what they were (the place the person held is released, as at any erasure: ADR 0024)
        assertThat(api().get("/schemes/" + person.schemeId() + "/trainee-counts", TestTokens.schemeAdmin()).getBody())
                .isEqualTo(countsBefore);
        assertThat(api().get("/schemes/" + person.schemeId() + "/trainee-counts", Tokens.monitor()).getBody())
                .isEqualTo(countsBeforeForMonitors);

        // the same event twice was handled once; a second request for the erased person is answered again
        String second = UUID.randomUUID().toString();
        send(erasureRequest(person.personId(), second));
        ConsumerRecord<String, String> again = PublishedRecords.awaitOne(second, ANSWER);
        Contracts.requireValid(again.value());
        assertThat(json.readTree(again.value()).at("/payload/outcome").asText()).isEqualTo("ERASED");
        assertThat(PublishedRecords.everything()).filteredOn(r -> erasureId.equals(r.key())).hasSize(1);
    }

    @Test
    void a_person_never_enrolled_here_is_answered_nothing_held() throws Exception {
        String personId = UUID.randomUUID().toString();
        String erasureId = UUID.randomUUID().toString();
        send(erasureRequest(personId, erasureId));
        ConsumerRecord<String, String> answer = PublishedRecords.awaitOne(erasureId, ANSWER);
        Contracts.requireValid(answer.value());
        JsonNode payload = json.readTree(answer.value()).get("payload");
        assertThat(payload.get("outcome").asText()).isEqualTo("NOTHING_HELD");
        assertThat(payload.get("personId").asText()).isEqualTo(personId);
        assertThat(payload.get("items")).isEmpty();
    }

    @Test
    void the_record_is_the_persons_own_another_worker_is_refused_as_for_any_record_of_someone_else() {
        String personId = UUID.randomUUID().toString();
        ResponseEntity<Map> own = api().get("/people/" + personId + "/record", Tokens.worker(personId));
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(own.getBody()).containsKeys("generatedAt", "data", "changes", "accesses");

        ResponseEntity<Map> other = api().get("/people/" + personId + "/record",
                Tokens.worker(UUID.randomUUID().toString()));
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) other.getBody().get("detail")).contains(personId);
        assertThat(api().get("/people/" + personId + "/record", Tokens.manilaAgency()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    private Person enrolTrainAndOpenACase() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String digits = String.valueOf(ThreadLocalRandom.current().nextInt(1000, 10000));
        String name = "Zephyrine Quillfeather " + run;
        String birthDate = "1987-11-23";
        String phone = "+63 917 777 " + digits;
        String email = "zq." + run + "@example.org";
        String schemeId = (String) api().post("/schemes", SCHEME, TestTokens.schemeAdmin()).getBody().get("schemeId");
        // the second line repeats the person with their phone in the gender column: refused, quoting the phone
        String csv = """
                fullName;birthDate;phone;email;gender;track;languages;iscoCode;trainingProvider;consent
                "%1$s";%2$s;%3$s;%4$s;FEMALE;AWAY;de:B1;5321;tesda-manila;TRAINING RECOGNITION PLACEMENT
                "%1$s";%2$s;;;%3$s;AWAY;;5321;tesda-manila;TRAINING
                """.formatted(name, birthDate, phone, email);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        headers.set(HttpHeaders.AUTHORIZATION, Tokens.manilaAgency());
        ResponseEntity<Map> received = http.exchange("/schemes/" + schemeId + "/enrolment-imports", HttpMethod.POST,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), Map.class);
        assertThat(received.getStatusCode()).as("%s", received.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String importId = (String) received.getBody().get("importId");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(api().get("/enrolment-imports/"
                + importId, Tokens.manilaAgency()).getBody()).containsEntry("finished", true)
                .containsEntry("enrolled", 1).containsEntry("refused", 1));
        assertThat(json.valueToTree(api().get("/enrolment-imports/" + importId, Tokens.manilaAgency()).getBody())
                .toString()).as("the refusal quotes the phone").contains(phone);
        Map<String, Object> letters = api().get("/enrolment-imports/" + importId + "/activation-letters",
                Tokens.manilaAgency()).getBody();
        Map<String, Object> letter = ((List<Map<String, Object>>) letters.get("items")).get(0);
        assertThat(letter).containsEntry("state", "VALID");
        String personId = (String) letter.get("personId");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                api().get("/trainees/" + personId, Tokens.manilaAgency()).getStatusCode() == HttpStatus.OK);

        String evidence = "tesda-manila/assessments/" + run;
        assertThat(api().post("/trainees/" + personId + "/modules", """
                {"moduleCode": "CARE-101", "title": "Basic care", "completedOn": "2026-11-02"}""",
                Tokens.provider("tesda-manila")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(api().post("/trainees/" + personId + "/assessments", """
                {"skillCode": "care.basic", "level": 4, "assessor": "R. Bautista", "assessedOn": "2026-11-03",
                 "evidenceReference": "%s"}""".formatted(evidence), Tokens.provider("tesda-manila")).getStatusCode())
                .isEqualTo(HttpStatus.ACCEPTED);

        String certificate = "NCII-" + run + "-" + digits;
        QualificationAuthorityMock.server().stubFor(get(urlPathEqualTo("/certificates/" + certificate))
                .willReturn(okJson("{\"status\": \"VALID\", \"qualification\": \"Caregiving NC II\"}")));
        ResponseEntity<Map> opened = api().post("/recognition-cases", """
                {"personId": "%s", "certificate": {"number": "%s", "issuer": "TESDA", "title": "Caregiving NC II",
                 "issuedOn": "2026-10-30"}}""".formatted(personId, certificate), Tokens.worker(personId));
        assertThat(opened.getStatusCode()).as("%s", opened.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseId = (String) opened.getBody().get("caseId");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api().get("/recognition-cases/"
                + caseId, Tokens.worker(personId)).getBody()).containsEntry("status", "AWAITING_DECISION"));
        assertThat(api().post("/recognition-cases/" + caseId + "/decision", """
                {"outcome": "REFUSED", "reasons": ["the certificate does not show the practical hours"]}""",
                Tokens.officer("DE")).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String grounds = "my practical hours at clinic " + run + " were miscounted";
        assertThat(api().post("/recognition-cases/" + caseId + "/appeal", "{\"grounds\": \"" + grounds + "\"}",
                Tokens.worker(personId)).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(api().get("/recognition-cases/"
                + caseId, Tokens.worker(personId)).getBody()).containsEntry("status", "APPEALED"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(api().get("/trainees/" + personId
                + "/training", Tokens.worker(personId)).getBody().toString()).contains(evidence));
        return new Person(personId, name, birthDate, phone, email, certificate, evidence, grounds, schemeId,
                importId, caseId);
    }

    String raw(String path, String token) {
        ResponseEntity<String> read = http.exchange(path, HttpMethod.GET, new HttpEntity<>(Api.headers(token)),
                String.class);
        assertThat(read.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return read.getBody();
    }

    static String erasureRequest(String personId, String erasureId) {
        return Contracts.example("identity.erasure-requested.v1")
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", erasureId)
                .replace("5d1c9a7e-2f4b-5c8d-9e0a-1b2c3d4e5f60", UUID.randomUUID().toString());
    }

    static void send(String record) throws Exception {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("identity.events", "erasure", record)).get();
        }
    }
}
