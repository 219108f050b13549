package org.corridor.permits.person;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.permits.testing.ImmigrationSystemStub;
import org.corridor.permits.testing.PermitJourney;
import org.corridor.permits.testing.PermitJourney.Opened;
import org.corridor.permits.testing.PermitTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A person's erasure opened by a real {@code identity.erasure-requested.v1} record on {@code identity.events}: the
 * answer on the topic, what is left in every store, topic and endpoint afterwards, the counts, the legal hold and its
 * release, and the worker's own record (right of access).
 */
@CorridorServiceTest
class PersonalDataErasureHttpTest {

    static final String IDENTITY_EVENTS = "identity.events";
    static final String BIRTH_DATE = "1979-03-17";

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DataSource eventStore;

    PermitJourney journey;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void setUp() {
        journey = new PermitJourney(http);
    }

    @Test
    void after_an_erasure_no_store_topic_or_endpoint_shows_the_workers_details_and_every_count_is_unchanged() {
        String scheme = "scheme-erasure-" + UUID.randomUUID();
        String personId = UUID.randomUUID().toString();
        String passport = "QZ" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String permitNumber = "DE-SW-ERASE-" + UUID.randomUUID().toString().substring(0, 8);
        String rejection = "the scan sent by " + passport.toLowerCase() + "-sender is unreadable";
        String refusal = "contract of " + permitNumber.toLowerCase() + " below the wage floor";
        Opened finished = lodged(scheme, personId, passport, rejection);
        assertThat(consulate(finished, "approval", "{\"validFrom\":\"" + today.minusDays(300) + "\",\"validUntil\":\""
                + today.plusDays(400) + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(consulate(finished, "issue", "{\"permitNumber\":\"" + permitNumber + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(consulate(finished, "end", "{\"reason\":\"WORKER_DEPARTED\",\"endedOn\":\"" + today + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        journey.awaitView(finished.applicationId(), v -> assertThat(v).containsEntry("status", "ENDED")
                .containsEntry("permitNumber", permitNumber));
        Opened refused = lodged(scheme, personId, passport, null);
        assertThat(consulate(refused, "refusal", "{\"reasons\":[\"" + refusal + "\"],\"appealBy\":\""
                + today.plusDays(1) + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(consulate(refused, "end", "{\"reason\":\"REFUSED\",\"endedOn\":\"" + today.plusDays(2)
                + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        journey.awaitView(refused.applicationId(), v -> assertThat(v).containsEntry("status", "ENDED")
                .containsEntry("refusalReasons", List.of(refusal)));
        Opened neverLodged = journey.open(scheme, personId);
        addDetails(neverLodged, passport);
        journey.awaitView(neverLodged.applicationId(), v -> assertThat(v).containsEntry("personalDetailsAdded", true));

        // The worker's own record: their details, what happened and who did it, and who looked (a consular officer).
        Map<String, Object> before = record(personId);
        assertThat(json(before)).contains(passport).contains(BIRTH_DATE).contains(permitNumber).contains(rejection)
                .contains(refusal);
        assertThat((List<Map<String, Object>>) before.get("changes"))
                .anySatisfy(change -> assertThat(change).containsEntry("byRoles", List.of("WORKER"))
                        .containsEntry("what", "Passport number, nationality and birth date added"))
                .anySatisfy(change -> assertThat(change).containsEntry("byRoles", List.of("CONSULATE"))
                        .containsEntry("byOrganisation", PermitTokens.MANILA));
        assertThat((List<Map<String, Object>>) before.get("accesses"))
                .anySatisfy(access -> assertThat(access).containsEntry("userId", "consul-1")
                        .containsEntry("roles", List.of("CONSULATE")).containsEntry("organisation", PermitTokens.MANILA)
                        .containsEntry("what", "permit application " + finished.applicationId())
                        .containsKey("at"));
        Map<String, Object> genderBefore = monitor("/statistics/gender?schemeId=" + scheme);
        Map<String, Object> timesBefore = monitor("/statistics/decision-times?schemeId=" + scheme + "&post="
                + PermitTokens.MANILA);
        Document countsBefore = mongo.findById(scheme, Document.class, "permit-gender-counts");
        assertThat(countsBefore.get("byGender", Document.class)).containsEntry("FEMALE", 3);
        assertThat(timesBefore).containsEntry("decisions", 2);

        String erasureId = erase(personId);

        ConsumerRecord<String, String> answer = answers(personId, erasureId, 1).get(0);
        Contracts.requireValid(answer.value());
        assertThat(answer.value()).contains("\"outcome\":\"ERASED\"").contains("\"store\":\"EVENT_STORE\"")
                .contains("\"action\":\"KEY_DESTROYED\"").contains("permit number").doesNotContain("\"holds\"");
        for (Opened application : List.of(finished, refused, neverLodged)) {
            journey.awaitView(application.applicationId(), v -> assertThat(v)
                    .containsEntry("personalDetailsErased", true).doesNotContainKey("permitNumber"));
        }

        List<String> personal = List.of(passport, BIRTH_DATE, permitNumber, rejection, refusal);
        assertThat(everyMongoDocument()).as("every MongoDB collection of the service")
                .doesNotContain(personal);
        assertThat(everyEventStoreRow()).as("every row of the event store, payloads and metadata")
                .doesNotContain(personal).contains(finished.applicationId());
        assertThat(TopicRecords.embedded().now(PermitJourney.EVENTS, r -> true)).as("every record published")
                .allSatisfy(record -> assertThat(record.value()).doesNotContain(personal));

        assertThat(monitor("/statistics/gender?schemeId=" + scheme)).isEqualTo(genderBefore);
        assertThat(monitor("/statistics/decision-times?schemeId=" + scheme + "&post=" + PermitTokens.MANILA))
                .isEqualTo(timesBefore);
        assertThat(mongo.findById(scheme, Document.class, "permit-gender-counts")).isEqualTo(countsBefore);

        Map<String, Object> after = record(personId);
        assertThat(json(after)).doesNotContain(personal).contains("\"personalDetails\":\"erased\"")
                .contains("\"outcome\":\"ERASED\"");
        for (String token : List.of(PermitTokens.worker(personId), PermitTokens.consulate(PermitTokens.MANILA))) {
            for (Opened application : List.of(finished, refused, neverLodged)) {
                assertThat(json(journey.get(application.applicationId(), token).getBody())).doesNotContain(personal);
                ResponseEntity<Map> timeline = journey.call(HttpMethod.GET, "/applications/"
                        + application.applicationId() + "/timeline", token, null);
                assertThat(json(timeline.getBody())).doesNotContain(personal);
            }
        }
        assertThat(json(journey.call(HttpMethod.GET, "/my/applications", PermitTokens.worker(personId), null)
                .getBody())).doesNotContain(personal).contains("\"personalDetailsErased\":true");

        ResponseEntity<Map> again = journey.call(HttpMethod.PUT, "/applications/" + neverLodged.applicationId()
                + "/personal-details", PermitTokens.worker(personId), details(passport));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("rule", "no-personal-details-after-erasure");

        // Asked again, under a new request: the same answer, never an error.
        String secondErasureId = erase(personId);
        ConsumerRecord<String, String> second = answers(personId, secondErasureId, 1).get(0);
        Contracts.requireValid(second.value());
        assertThat(second.value()).contains("\"outcome\":\"ERASED\"");
    }

    @Test
    void a_person_the_service_never_knew_is_answered_nothing_held_and_a_resent_request_is_answered_again() {
        String personId = UUID.randomUUID().toString();
        String erasureId = UUID.randomUUID().toString();
        PermitJourney.produce(IDENTITY_EVENTS, personId,
                PermitJourney.erasureRequested(erasureId, personId, UUID.randomUUID().toString()));

        ConsumerRecord<String, String> answer = answers(personId, erasureId, 1).get(0);
        Contracts.requireValid(answer.value());
        assertThat(answer.value()).contains("\"outcome\":\"NOTHING_HELD\"").contains("\"items\":[]")
                .contains("\"erasureId\":\"" + erasureId + "\"").contains("\"personId\":\"" + personId + "\"");

        // The identity service resends the same request under a new event id.
        PermitJourney.produce(IDENTITY_EVENTS, personId,
                PermitJourney.erasureRequested(erasureId, personId, UUID.randomUUID().toString()));
        List<ConsumerRecord<String, String>> answers = answers(personId, erasureId, 2);
        answers.forEach(record -> Contracts.requireValid(record.value()));
        assertThat(answers).allSatisfy(record -> assertThat(record.value()).contains("\"outcome\":\"NOTHING_HELD\""));
    }

    @Test
    void an_issued_permit_holds_the_erasure_until_it_ends_then_the_same_request_is_answered_erased() {
        String personId = UUID.randomUUID().toString();
        String passport = "QH" + (10_000_000 + (int) (Math.random() * 89_999_999));
        LocalDate validUntil = today.plusDays(500);
        Opened permit = lodged("scheme-hold-" + UUID.randomUUID(), personId, passport, null);
        consulate(permit, "approval", "{\"validFrom\":\"" + today + "\",\"validUntil\":\"" + validUntil + "\"}");
        assertThat(consulate(permit, "issue", "{\"permitNumber\":\"DE-SW-HOLD-1\"}").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        journey.awaitView(permit.applicationId(), v -> assertThat(v).containsEntry("status", "ISSUED"));

        String erasureId = erase(personId);

        ConsumerRecord<String, String> held = answers(personId, erasureId, 1).get(0);
        Contracts.requireValid(held.value());
        assertThat(held.value()).contains("\"outcome\":\"HELD\"").contains("\"items\":[]")
                .contains("\"rule\":\"live-permit: ").contains("until the permit ends (valid until " + validUntil + ")")
                .contains(permit.applicationId()).doesNotContain(passport);
        assertThat(json(record(personId))).as("the hold keeps the details readable").contains(passport)
                .contains("\"outcome\":\"HELD\"");

        assertThat(consulate(permit, "end", "{\"reason\":\"CANCELLED\",\"endedOn\":\"" + today + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        List<ConsumerRecord<String, String>> answers = answers(personId, erasureId, 2);
        answers.forEach(record -> Contracts.requireValid(record.value()));
        assertThat(answers.get(1).value()).contains("\"outcome\":\"ERASED\"").contains("KEY_DESTROYED");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(json(record(personId)))
                .doesNotContain(passport).doesNotContain("DE-SW-HOLD-1").contains("\"personalDetails\":\"erased\""));
    }

    @Test
    void a_worker_sees_only_their_own_record_another_workers_is_not_found() {
        Opened application = journey.open("scheme-record-" + UUID.randomUUID());

        ResponseEntity<Map> own = journey.call(HttpMethod.GET, "/people/" + application.personId() + "/record",
                PermitTokens.worker(application.personId()), null);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).containsEntry("service", "visa-permit-tracking")
                .containsEntry("personId", application.personId()).containsKeys("generatedAt", "changes", "accesses");
        assertThat(json(own.getBody())).contains(application.applicationId()).contains("\"personalDetails\":\"not added\"");

        ResponseEntity<Map> other = journey.call(HttpMethod.GET, "/people/" + application.personId() + "/record",
                PermitTokens.worker(UUID.randomUUID().toString()), null);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json(other.getBody())).doesNotContain(application.applicationId());
        assertThat(journey.call(HttpMethod.GET, "/people/" + application.personId() + "/record",
                PermitTokens.consulate(PermitTokens.MANILA), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void the_posts_queue_shown_to_an_officer_is_logged_for_each_worker_on_it() {
        // Applications from Indonesia go to the Jakarta post, which no other test fills.
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        String firstApplication = openAtJakarta(first);
        String secondApplication = openAtJakarta(second);
        String jakarta = PermitTokens.consulate(PermitTokens.OTHER_POST);

        ResponseEntity<Map> queue = journey.call(HttpMethod.GET, "/applications?size=200", jakarta, null);
        assertThat(queue.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json(queue.getBody())).contains(firstApplication).contains(secondApplication);

        for (String[] worker : new String[][]{{first, firstApplication, secondApplication},
                {second, secondApplication, firstApplication}}) {
            List<Map<String, Object>> accesses = (List<Map<String, Object>>) record(worker[0]).get("accesses");
            assertThat(accesses).singleElement().satisfies(access -> assertThat(access)
                    .containsEntry("what", "permit application " + worker[1] + " in the post's queue")
                    .containsEntry("organisation", PermitTokens.OTHER_POST).containsEntry("userId", "consul-1")
                    .containsKey("at"));
            assertThat(json(accesses)).doesNotContain(worker[2]);
        }
    }

    // --- the way there

    private String openAtJakarta(String personId) {
        String placementId = "pl-" + UUID.randomUUID().toString().substring(0, 13);
        String placement = PermitJourney.placementAgreed(placementId, personId, "scheme-jakarta",
                UUID.randomUUID().toString()).replace("\"originCountry\": \"PH\"", "\"originCountry\": \"ID\"");
        assertThat(placement).contains("\"originCountry\": \"ID\"");
        PermitJourney.produce("employer-matching.events", placementId, placement);
        String applicationId = org.corridor.permits.application.api.ApplicationIds.forPlacement(placementId);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(journey.get(applicationId,
                PermitTokens.worker(personId)).getStatusCode()).isEqualTo(HttpStatus.OK));
        return applicationId;
    }

    /** Lodged with the worker's details; the first document rejected once for {@code rejection}, if given. */
    private Opened lodged(String scheme, String personId, String passport, String rejection) {
        Opened application = journey.open(scheme, personId);
        ImmigrationSystemStub.server().stubFor(post(urlEqualTo("/cases"))
                .withHeader("Idempotency-Key", equalTo(PermitJourney.idempotencyKey(application.applicationId())))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"caseReference\":\"CASE-" + application.placementId() + "\"}")));
        addDetails(application, passport);
        if (rejection != null) {
            assertThat(consulate(application, "documents/PASSPORT_COPY/receipt", null).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(consulate(application, "documents/PASSPORT_COPY/rejection",
                    "{\"reason\":\"" + rejection + "\"}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        }
        for (String document : PermitJourney.DOCUMENTS.split(",")) {
            for (String step : new String[]{"receipt", "verification"}) {
                assertThat(consulate(application, "documents/" + document + "/" + step, null).getStatusCode())
                        .isEqualTo(HttpStatus.NO_CONTENT);
            }
        }
        assertThat(journey.lodge(application).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        journey.awaitView(application.applicationId(), v -> assertThat(v).containsEntry("status", "LODGED"));
        return application;
    }

    private void addDetails(Opened application, String passport) {
        assertThat(journey.call(HttpMethod.PUT, "/applications/" + application.applicationId() + "/personal-details",
                PermitTokens.worker(application.personId()), details(passport)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static String details(String passport) {
        return "{\"passportNumber\":\"" + passport + "\",\"nationality\":\"PH\",\"birthDate\":\"" + BIRTH_DATE
                + "\",\"gender\":\"FEMALE\"}";
    }

    private ResponseEntity<Map> consulate(Opened application, String action, String body) {
        return journey.call(HttpMethod.POST, "/applications/" + application.applicationId() + "/" + action,
                PermitTokens.consulate(PermitTokens.MANILA), body);
    }

    private Map<String, Object> record(String personId) {
        ResponseEntity<Map> response = journey.call(HttpMethod.GET, "/people/" + personId + "/record",
                PermitTokens.worker(personId), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private Map<String, Object> monitor(String path) {
        ResponseEntity<Map> response = journey.call(HttpMethod.GET, path, PermitTokens.monitor(), null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** A real erasure request on the identity service's topic; returns its erasure id. */
    private static String erase(String personId) {
        String erasureId = UUID.randomUUID().toString();
        PermitJourney.produce(IDENTITY_EVENTS, personId,
                PermitJourney.erasureRequested(erasureId, personId, UUID.randomUUID().toString()));
        return erasureId;
    }

    /** Once {@code count} answers to the request are on the topic: all of them, oldest first. */
    private static List<ConsumerRecord<String, String>> answers(String personId, String erasureId, int count) {
        return TopicRecords.embedded().await(PermitJourney.EVENTS, TopicRecords.keyed(personId)
                .and(PermitJourney.ofType(PermitJourney.PERSONAL_DATA_ERASED))
                .and(record -> record.value().contains("\"erasureId\":\"" + erasureId + "\"")), count,
                Duration.ofSeconds(60));
    }

    private String everyMongoDocument() {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getDb().listCollectionNames()) {
            for (Document document : mongo.getDb().getCollection(collection).find()) {
                all.append(collection).append(' ').append(document.toJson()).append('\n');
            }
        }
        return all.toString();
    }

    private String everyEventStoreRow() {
        StringBuilder all = new StringBuilder();
        try (Connection connection = eventStore.getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet found = connection.getMetaData().getTables(null, null, "%", new String[]{"TABLE"})) {
                while (found.next()) {
                    if (!"INFORMATION_SCHEMA".equalsIgnoreCase(found.getString("TABLE_SCHEM"))) {
                        tables.add(found.getString("TABLE_SCHEM") + ".\"" + found.getString("TABLE_NAME") + "\"");
                    }
                }
            }
            assertThat(tables).anyMatch(table -> table.toUpperCase().replace("_", "").contains("DOMAINEVENTENTRY"));
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int column = 1; column <= columns; column++) {
                            all.append(text(rows.getObject(column))).append(' ');
                        }
                        all.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return all.toString();
    }

    private static String text(Object value) throws SQLException {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        return String.valueOf(value);
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().findAndRegisterModules().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
