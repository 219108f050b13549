package org.corridor.returns.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.returns.Http;
import org.corridor.returns.SocialSecurityStandIn;
import org.corridor.returns.StoredEvents;
import org.corridor.returns.Tokens;
import org.corridor.returns.Topics;
import org.corridor.returns.grievance.query.GrievanceStatistics;
import org.corridor.returns.returncase.query.ReturnStatistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's erasure, opened by identity's request on its topic: afterwards no collection, topic or stored event of
 * the service shows what the person gave it, and every count is what it was.
 */
@CorridorServiceTest
class ErasureHttpTest {

    static final String ANSWER = "return-reintegration.personal-data-erased.v1";
    static final Duration WAIT = Duration.ofSeconds(60);
    static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    DataSource dataSource;

    @Autowired
    GrievanceStatistics grievanceStatistics;

    @Autowired
    ReturnStatistics returnStatistics;

    @Autowired
    IntegrationEventInbox inbox;

    Http http;
    String person;
    String suffix;
    // Distinctive values of the person's, written into what they and their counsellor record.
    String name;
    String birthDate;
    String phone;
    String passport;

    @BeforeEach
    void setUp() {
        http = new Http(rest);
        person = "person-" + UUID.randomUUID();
        suffix = UUID.randomUUID().toString().substring(0, 6);
        name = "Marisol Quintanilla-Dumaguete " + suffix;
        birthDate = "born 23.07.1991 " + suffix;
        phone = "+63 917 555 " + suffix;
        passport = "P77345" + suffix;
    }

    @Test
    void after_the_erasure_nothing_of_the_person_is_left_in_plain_text_and_every_count_is_unchanged() throws Exception {
        List<String> grievances = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            grievances.add(fileGrievance("KE", "QA"));
        }
        String returnCase = registerReturn("KE", "QA");
        http.ok(http.post("/return-cases/" + returnCase + "/needs-assessment", Tokens.counsellor("KE"), """
                {"needs": [{"area": "HEALTH", "level": "SOME", "note": "%s, call %s"}]}""".formatted(name, phone)));
        assertThat((String) http.ok(http.get("/grievances/" + grievances.get(0), Tokens.counsellor("KE")))
                .get("account")).contains(name).contains(passport);
        await().atMost(WAIT).until(() -> grievanceStatistics.counts(null, "KE-QA", false).byOutcome().get("filed") >= 5
                && returnStatistics.counts(null, "KE-QA", false).returns() >= 1);
        Map<String, Object> grievanceCountsBefore = http.ok(http.get("/statistics/grievances?corridor=KE-QA",
                Tokens.monitor()));
        Map<String, Object> returnCountsBefore = http.ok(http.get("/statistics/returns?corridor=KE-QA",
                Tokens.monitor()));
        GrievanceStatistics.Counts grievancesBefore = grievanceStatistics.counts(null, "KE-QA", false);
        ReturnStatistics.Counts returnsBefore = returnStatistics.counts(null, "KE-QA", false);
        assertThat((Map<String, Object>) grievanceCountsBefore.get("byOutcome")).containsEntry("filed", 5);
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.ok(http.get("/grievances/mine",
                Tokens.worker(person))).get("items")).asList().hasSize(5));

        String erasureId = UUID.randomUUID().toString();
        String requested = requestErasure(UUID.randomUUID().toString(), erasureId, person);

        ConsumerRecord<String, String> answer = awaitAnswer(person, erasureId, "ERASED");
        Contracts.requireValid(answer.value());
        JsonNode payload = JSON.readTree(answer.value()).get("payload");
        assertThat(payload.get("personId").asText()).isEqualTo(person);
        assertThat(payload.get("items").findValuesAsText("action")).contains("KEY_DESTROYED", "CLEARED", "REMOVED");
        assertThat(payload.get("items").findValuesAsText("description"))
                .anySatisfy(d -> assertThat(d).contains("5 grievances").contains("1 return case"));

        // The lists no longer name the person; the entries stay for the counts.
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(http.ok(http.get("/grievances/mine", Tokens.worker(person))).get("items")).asList().isEmpty();
            assertThat(http.ok(http.get("/return-cases/mine", Tokens.worker(person))).get("items")).asList()
                    .isEmpty();
        });
        assertThat(http.ok(http.get("/statistics/grievances?corridor=KE-QA", Tokens.monitor())))
                .isEqualTo(grievanceCountsBefore);
        assertThat(http.ok(http.get("/statistics/returns?corridor=KE-QA", Tokens.monitor())))
                .isEqualTo(returnCountsBefore);
        assertThat(grievanceStatistics.counts(null, "KE-QA", false)).isEqualTo(grievancesBefore);
        assertThat(returnStatistics.counts(null, "KE-QA", false)).isEqualTo(returnsBefore);

        // Every read endpoint shows nothing of the person's values any more.
        Map<String, Object> grievance = http.ok(http.get("/grievances/" + grievances.get(0), Tokens.counsellor("KE")));
        assertThat(grievance.get("account")).isNull();
        assertThat(grievance.get("evidenceReferences")).isNull();
        List<String> shown = new ArrayList<>();
        shown.add(String.valueOf(grievance));
        shown.add(String.valueOf(http.ok(http.get("/return-cases/" + returnCase, Tokens.counsellor("KE")))));
        shown.add(String.valueOf(http.ok(http.get("/return-cases/" + returnCase, Tokens.worker(person)))));
        shown.add(String.valueOf(http.ok(http.get("/grievances?size=200", Tokens.counsellor("KE")))));
        shown.add(String.valueOf(http.ok(http.get("/return-cases?size=200", Tokens.counsellor("KE")))));
        // The access log goes with the person, and reads by others after the erasure show nothing to log.
        await().atMost(WAIT).untilAsserted(() -> assertThat((List<?>) http.ok(http.get("/people/" + person
                + "/record", Tokens.worker(person))).get("accesses")).isEmpty());
        Map<String, Object> record = http.ok(http.get("/people/" + person + "/record", Tokens.worker(person)));
        shown.add(String.valueOf(record));
        assertThat(shown).allSatisfy(this::holdsNothingOfThePerson);
        Map<String, List<Map<String, Object>>> sections = (Map<String, List<Map<String, Object>>>) record.get("data");
        assertThat(sections).allSatisfy((section, items) -> {
            if (!section.equals("erasure requests")) {
                assertThat(items).as(section).isEmpty();
            }
        });
        assertThat(sections.get("erasure requests")).singleElement().satisfies(a -> assertThat(a)
                .containsEntry("erasureId", erasureId).containsEntry("outcome", "ERASED"));
        assertThat((List<Map<String, Object>>) record.get("changes")).extracting(c -> (String) c.get("what"))
                .containsExactly("erasure request " + person + ": person erased");

        // Nothing new about the person is recorded; their case can still be closed, without a note about them.
        Http.assertRefused(http.post("/return-cases/" + returnCase + "/needs-assessment", Tokens.counsellor("KE"),
                "{\"needs\": [{\"area\": \"HEALTH\", \"level\": \"SOME\", \"note\": \"" + name + "\"}]}"),
                "needs");
        http.ok(http.post("/return-cases/" + returnCase + "/closure", Tokens.counsellor("KE"),
                "{\"outcome\": \"CONTACT_LOST\", \"note\": \"" + phone + "\"}"));

        // The person starts nothing new here: told so, not failed.
        Http.assertRefused(http.post("/benefit-claims", Tokens.worker(person), """
                {"originCountry": "KE", "destinationCountry": "QA", "kind": "PENSION_RIGHTS",
                 "insuredFrom": "2024-09-01", "insuredUntil": "2026-08-14", "foreignInsuranceNumber": "%s"}
                """.formatted(passport)), "returnee");

        // A contract substitution employer-matching detects for them now offers them nothing.
        String detectionId = UUID.randomUUID().toString();
        Topics.send("employer-matching.events", "pl-erased", Contracts.example(
                        "employer-matching.contract-substitution-detected.v1")
                .replace("92b5752e-c187-5747-9359-6cd03f8ec512", detectionId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", person));
        await().atMost(WAIT).until(() -> inbox.hasProcessed("return-reintegration.employer-matching-events",
                detectionId));
        assertThat(http.ok(http.get("/grievance-offers/mine", Tokens.worker(person))).get("items")).asList()
                .isEmpty();

        // The raw event store, every MongoDB collection, every topic.
        assertThat(rawEventStore()).isNotEmpty().allSatisfy(this::holdsNothingOfThePerson);
        assertThat(StoredEvents.of(dataSource, grievances.get(0)).get(0)).contains("pd1:");
        assertThat(everyCollection()).isNotEmpty().allSatisfy(this::holdsNothingOfThePerson);
        assertThat(everyTopic()).isNotEmpty().allSatisfy(this::holdsNothingOfThePerson);

        // The same record delivered again changes nothing; a new request is answered again, never refused. Both
        // go to one partition, so the duplicate is handled before the new request is answered.
        Topics.send("identity.events", person, requested);
        String again = UUID.randomUUID().toString();
        Topics.send("identity.events", person, requested.replace(erasureId, again)
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\""));
        ConsumerRecord<String, String> second = awaitAnswer(person, again, "ERASED");
        Contracts.requireValid(second.value());
        assertThat(TopicRecords.embedded().now(Topics.OWN, answerTo(person, erasureId, "ERASED"))).hasSize(1);
    }

    @Test
    void a_person_this_service_never_held_is_answered_nothing_held() {
        String stranger = "person-" + UUID.randomUUID();
        String erasureId = UUID.randomUUID().toString();
        requestErasure(UUID.randomUUID().toString(), erasureId, stranger);
        ConsumerRecord<String, String> answer = awaitAnswer(stranger, erasureId, "NOTHING_HELD");
        Contracts.requireValid(answer.value());
        assertThat(answer.value()).contains("\"items\":[]");
    }

    @Test
    void an_undecided_benefit_claim_holds_the_erasure_until_the_destination_decides_it() throws Exception {
        String insuranceNumber = "65-" + passport;
        String reference = "DRV-" + UUID.randomUUID();
        WireMockServer remote = SocialSecurityStandIn.server();
        remote.stubFor(post("/portability-claims")
                .withRequestBody(matchingJsonPath("$.insuranceNumber", equalTo(insuranceNumber)))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"reference\": \"" + reference + "\", \"status\": \"RECEIVED\"}")));
        String claimId = (String) http.ok(http.post("/benefit-claims", Tokens.worker(person), """
                {"originCountry": "KE", "destinationCountry": "OM", "kind": "PENSION_RIGHTS",
                 "insuredFrom": "2024-09-01", "insuredUntil": "2026-08-14", "foreignInsuranceNumber": "%s"}
                """.formatted(insuranceNumber))).get("claimId");
        fileGrievance("KE", "OM");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(http.ok(http.get("/benefit-claims/" + claimId, Tokens.worker(person))))
                    .containsEntry("status", "RECEIVED_BY_DESTINATION");
            assertThat(http.ok(http.get("/benefit-claims/mine", Tokens.worker(person))).get("items")).asList()
                    .hasSize(1);
        });

        String erasureId = UUID.randomUUID().toString();
        requestErasure(UUID.randomUUID().toString(), erasureId, person);
        ConsumerRecord<String, String> held = awaitAnswer(person, erasureId, "HELD");
        Contracts.requireValid(held.value());
        JsonNode hold = JSON.readTree(held.value()).get("payload").get("holds").get(0);
        assertThat(hold.get("rule").asText()).contains("benefit claim");
        assertThat(hold.get("until").asText()).contains("grants or refuses");
        // Held: the claim is followed as before, the person still sees it, and why their erasure waits.
        assertThat((List<Map<String, Object>>) ((Map<String, Object>) http.ok(http.get("/people/" + person
                + "/record", Tokens.worker(person))).get("data")).get("erasure requests"))
                .singleElement().satisfies(a -> assertThat(a).containsEntry("outcome", "HELD")
                        .extracting("holds").asList().hasSize(1));
        assertThat(http.ok(http.get("/benefit-claims/mine", Tokens.worker(person))).get("items")).asList().hasSize(1);

        remote.stubFor(get("/portability-claims/" + reference).atPriority(1)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("""
                        {"reference": "%s", "status": "GRANTED", "decidedOn": "2026-11-03",
                         "grantedAmount": {"amount": "412.50", "currency": "EUR"}}""".formatted(reference))));

        ConsumerRecord<String, String> erased = awaitAnswer(person, erasureId, "ERASED");
        Contracts.requireValid(erased.value());
        assertThat(erased.value()).contains("1 benefit claim").contains("1 grievance");
        Map<String, Object> claim = http.ok(http.get("/benefit-claims/" + claimId, Tokens.worker(person)));
        assertThat(claim).containsEntry("status", "GRANTED");
        assertThat(claim.get("grantedAmount")).isNull();
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.ok(http.get("/benefit-claims/mine",
                Tokens.worker(person))).get("items")).asList().isEmpty());
        assertThat(StoredEvents.of(dataSource, claimId)).allSatisfy(this::holdsNothingOfThePerson);
    }

    @Test
    void the_person_downloads_their_record_with_what_changed_and_who_else_read_it() {
        String grievanceId = fileGrievance("KE", "QA");
        String returnCase = registerReturn("KE", "QA");
        http.ok(http.post("/return-cases/" + returnCase + "/needs-assessment", Tokens.counsellor("KE"), """
                {"needs": [{"area": "FAMILY", "level": "URGENT", "note": "%s"}]}""".formatted(name)));
        http.ok(http.get("/grievances/" + grievanceId, Tokens.counsellor("KE")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.ok(http.get("/return-cases/mine",
                Tokens.worker(person))).get("items")).asList().hasSize(1));
        await().atMost(WAIT).untilAsserted(() -> assertThat(http.ok(http.get("/grievances/mine",
                Tokens.worker(person))).get("items")).asList().hasSize(1));

        ResponseEntity<Map> response = http.get("/people/" + person + "/record", Tokens.worker(person));
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/json");
        Map<String, Object> record = http.ok(response);
        assertThat(record).containsEntry("service", "return-reintegration").containsEntry("personId", person)
                .containsKey("generatedAt");
        Map<String, List<Map<String, Object>>> data = (Map<String, List<Map<String, Object>>>) record.get("data");
        assertThat(data.get("grievances")).singleElement().satisfies(g -> assertThat((String) g.get("account"))
                .contains(name).contains(phone));
        assertThat(String.valueOf(data.get("return cases"))).contains(returnCase).contains(name);
        assertThat((List<Map<String, Object>>) record.get("changes"))
                .anySatisfy(c -> assertThat(c).containsEntry("what", "grievance " + grievanceId + ": grievance filed")
                        .containsEntry("byUserId", "worker-" + person))
                .anySatisfy(c -> assertThat(c).containsEntry("what", "return case " + returnCase + ": needs assessed")
                        .containsEntry("byUserId", "counsellor-1").containsEntry("byRoles", List.of("COUNSELLOR")));
        assertThat((List<Map<String, Object>>) record.get("accesses"))
                .anySatisfy(a -> assertThat(a).containsEntry("userId", "counsellor-1")
                        .containsEntry("roles", List.of("COUNSELLOR")).containsEntry("organisation", "reintegration-ke")
                        .containsEntry("what", "grievance " + grievanceId + " with your account and evidence")
                        .containsKey("at"))
                .noneSatisfy(a -> assertThat(a).containsEntry("userId", "worker-" + person));

        // A counsellor's caseload shows the person: one entry for the page, however many of their records are on it.
        http.ok(http.get("/grievances?size=200", Tokens.counsellor("KE")));
        assertThat((List<Map<String, Object>>) http.ok(http.get("/people/" + person + "/record",
                Tokens.worker(person))).get("accesses"))
                .filteredOn(a -> ((String) a.get("what")).startsWith("grievances in a counsellor's caseload"))
                .singleElement().satisfies(a -> assertThat((String) a.get("what")).contains(grievanceId));
    }

    @Test
    void an_employer_shown_a_grievance_is_logged_only_when_the_worker_agreed_to_be_named() {
        String employer = "emp-" + suffix;
        String anonymous = fileGrievance("KE", "QA", employer);
        String named = fileGrievance("KE", "QA", employer);
        http.ok(http.post("/grievances/" + named + "/agreement-to-be-named", Tokens.worker(person), "{}"));
        await().atMost(WAIT).untilAsserted(() -> assertThat((List<Map<String, Object>>) http.ok(http.get(
                "/grievances/against-us", Tokens.employer(employer))).get("items"))
                .anySatisfy(g -> assertThat(g).containsEntry("grievanceId", named).containsEntry("workerId", person)));
        assertThat((List<Map<String, Object>>) http.ok(http.get("/people/" + person + "/record",
                Tokens.worker(person))).get("accesses"))
                .filteredOn(a -> a.get("roles").equals(List.of("EMPLOYER")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat((String) a.get("what")).contains(named).doesNotContain(anonymous)
                        .startsWith("grievances against your employer, naming you"));
    }

    @Test
    void another_worker_is_told_there_is_no_such_record_and_other_roles_are_refused() {
        assertThat(http.get("/people/" + person + "/record", Tokens.worker("person-" + UUID.randomUUID()))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Http.assertNotFound(http.get("/people/" + person + "/record", Tokens.worker("person-" + UUID.randomUUID())));
        assertThat(http.get("/people/" + person + "/record", Tokens.counsellor("KE")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.get("/people/" + person + "/record", null).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private void holdsNothingOfThePerson(String text) {
        assertThat(text).doesNotContain(name).doesNotContain(birthDate).doesNotContain(phone)
                .doesNotContain(passport);
    }

    private String fileGrievance(String home, String work) {
        return fileGrievance(home, work, "emp-erasure");
    }

    private String fileGrievance(String home, String work, String employer) {
        ResponseEntity<Map> filed = http.post("/grievances", Tokens.worker(person), """
                {"respondent": {"kind": "EMPLOYER", "respondentId": "%s"}, "homeCountry": "%s",
                 "countryOfWork": "%s", "schemeId": "scheme-erasure", "kind": "UNPAID_WAGES",
                 "period": {"from": "%s", "to": "%s"}, "amountClaimed": {"amount": "7200.00", "currency": "EUR"},
                 "evidenceReferences": ["passport-scan:%s"], "answerLanguage": "en",
                 "anonymousTowardsEmployer": true,
                 "account": "I am %s, %s, phone %s. The employer kept my passport %s and paid no wages."}
                """.formatted(employer, home, work, LocalDate.now().minusMonths(4), LocalDate.now().minusDays(1), passport, name,
                birthDate, phone, passport));
        assertThat(filed.getStatusCode()).as(String.valueOf(filed.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) filed.getBody().get("grievanceId");
    }

    private String registerReturn(String home, String work) {
        ResponseEntity<Map> created = http.post("/return-cases", Tokens.worker(person), """
                {"originCountry": "%s", "destinationCountry": "%s", "returnedOn": "%s", "gender": "FEMALE"}
                """.formatted(home, work, LocalDate.now().minusDays(10)));
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) created.getBody().get("returnCaseId");
    }

    /** Sends identity's erasure request as identity would; returns the record sent. */
    private static String requestErasure(String eventId, String erasureId, String personId) {
        String json = Contracts.example("identity.erasure-requested.v1")
                .replace("5d1c9a7e-2f4b-5c8d-9e0a-1b2c3d4e5f60", eventId)
                .replace("e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", erasureId)
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId);
        Contracts.requireValid(json);
        Topics.send("identity.events", erasureId, json);
        return json;
    }

    private static Predicate<ConsumerRecord<String, String>> answerTo(String personId, String erasureId,
                                                                      String outcome) {
        return Topics.event(personId, ANSWER).and(r -> r.value().contains("\"erasureId\":\"" + erasureId + "\"")
                && r.value().contains("\"outcome\":\"" + outcome + "\""));
    }

    private static ConsumerRecord<String, String> awaitAnswer(String personId, String erasureId, String outcome) {
        return TopicRecords.embedded().await(Topics.OWN, answerTo(personId, erasureId, outcome), 1, WAIT).get(0);
    }

    private List<String> rawEventStore() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> rows = new ArrayList<>(jdbc.query("SELECT payload, metaData FROM DomainEventEntry",
                (row, i) -> text(row.getBytes(1)) + " " + text(row.getBytes(2))));
        rows.addAll(jdbc.query("SELECT payload, metaData FROM SnapshotEventEntry",
                (row, i) -> text(row.getBytes(1)) + " " + text(row.getBytes(2))));
        return rows;
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<String> everyCollection() {
        MongoClient client = EmbeddedInfrastructure.mongoClient();
        List<String> documents = new ArrayList<>();
        for (String database : client.listDatabaseNames()) {
            MongoDatabase db = client.getDatabase(database);
            for (String collection : db.listCollectionNames()) {
                for (Document document : db.getCollection(collection).find()) {
                    documents.add(database + "." + collection + " " + document.toJson());
                }
            }
        }
        return documents;
    }

    private static List<String> everyTopic() throws InterruptedException, ExecutionException {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfrastructure.kafkaBootstrapServers());
        Set<String> topics;
        try (AdminClient admin = AdminClient.create(properties)) {
            topics = admin.listTopics().names().get();
        }
        List<String> records = new ArrayList<>();
        for (String topic : topics) {
            TopicRecords.embedded().now(topic, r -> true)
                    .forEach(r -> records.add(topic + " " + r.key() + " " + r.value()));
        }
        return records;
    }
}
