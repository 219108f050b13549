package org.corridor.matching.personaldata;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.corridor.contracts.Contracts;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.EmbeddedInfrastructure;
import org.corridor.kernel.testing.TestTokens;
import org.corridor.matching.Http;
import org.corridor.matching.Scenario;
import org.corridor.matching.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.corridor.matching.Scenario.employerToken;
import static org.corridor.matching.Scenario.fairJobOrder;

/**
 * A person's request to be forgotten, as the identity service publishes it, and the person's right of access: over
 * HTTP and the real broker, then every store and topic searched for the person's values.
 */
@CorridorServiceTest
class ErasureAndAccessHttpTest {

    /** The administering organisation the scheme-defined contract example names. */
    static final String ADMIN = TestTokens.bearer("admin-1", "SCHEME_ADMIN", "ph-de-partnership-office", null);
    static final String MONITOR = TestTokens.bearer("m-1", "MONITOR", "monitoring", null);
    static final String ANSWER = "employer-matching.personal-data-erased.v1";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    DataSource dataSource;
    @Autowired
    ObjectMapper json;

    Http http() {
        return new Http(rest);
    }

    Scenario given() {
        return new Scenario(http());
    }

    @Test
    void after_an_erasure_request_no_store_topic_or_endpoint_shows_the_workers_values_and_the_counts_are_unchanged()
            throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String email = "ottilie.vanderbrook." + tag + "@erasure-test.example";
        String phone = "+63 917 555 " + tag;
        String address = "14 Calle Magsaysay " + tag + ", Barangay Tuyom";
        String declineReason = "my cousin Rosalind Tamblyn-" + tag + " works there";
        String housing = "a bunk in the Tamblyn-" + tag + " family's garage";
        String feeItem = "loan from Aurelio Quisumbing-" + tag;
        String[] values = {email, phone, address, declineReason, housing, feeItem};

        String schemeId = given().scheme();
        String employerId = given().employer();
        String otherEmployer = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String otherOrder = given().openJobOrder(otherEmployer, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        List<String> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(given().candidate(schemeId, "2027-06-01", "B1"));
        }

        // The worker: preferences, an offer declined in its own words, one accepted sharing every contact detail.
        assertThat(http().put("/candidates/me/preferences", "{\"jobOrderIds\": [\"" + jobOrderId + "\"]}",
                TestTokens.worker(worker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String declined = offer(otherOrder, otherEmployer, worker);
        assertThat(http().post("/offers/" + declined + "/decline", "{\"reason\": \"" + declineReason + "\"}",
                TestTokens.worker(worker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String placement = offer(jobOrderId, employerId, worker);
        assertThat(http().post("/offers/" + placement + "/accept", """
                {"contact": {"email": "%s", "phone": "%s", "postalAddress": "%s"}}""".formatted(email, phone,
                address), TestTokens.worker(worker)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        for (String other : others.subList(0, 4)) {
            http().post("/offers/" + offer(jobOrderId, employerId, other) + "/accept", "{}",
                    TestTokens.worker(other));
        }
        assertThat(http().post("/placements/" + placement + "/signed-contract", """
                {"monthlyWage": {"amount": "2400.00", "currency": "EUR"}, "hoursPerWeek": 38.5, "contractMonths": 24,
                 "monthlyDeductions": {"amount": "350.00", "currency": "EUR"}, "housing": "%s",
                 "signedOn": "2027-09-03"}""".formatted(housing), TestTokens.worker(worker)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> fee = http().post("/placements/" + placement + "/fees", """
                {"item": "%s", "amount": {"amount": "800.00", "currency": "EUR"}, "paidOn": "2027-05-01"}"""
                .formatted(feeItem), TestTokens.worker(worker));
        assertThat(fee.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(http().post("/placements/" + placement + "/fees/" + fee.getBody().get("feeId") + "/reimbursed",
                null, employerToken(employerId)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        TopicProbe.awaitPublished(placement, "employer-matching.contract-substitution-detected.v1");

        // Others read the worker's records: the employer its contact and its shortlist, the administrator a run.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().get("/placements/" + placement + "/contact", employerToken(employerId)).getBody())
                .containsEntry("email", email));
        assertThat(personIds(http().get("/job-orders/" + jobOrderId + "/shortlist", employerToken(employerId))))
                .contains(worker);
        String runId = allocationRunWith(schemeId, worker);
        assertThat(http().get("/allocation-runs/" + runId, ADMIN).getStatusCode()).isEqualTo(HttpStatus.OK);

        // The worker's own record: its values opened, what happened and who did it, who else looked.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String record = recordOf(worker);
            assertThat(record).contains(email, phone, address, declineReason, housing, feeItem);
            assertThat(record).contains("offer accepted", "offer declined", "fee reimbursed by the employer",
                    "preferences stated", runId);
        });
        Map<String, Object> record = http().get("/people/" + worker + "/record", TestTokens.worker(worker))
                .getBody();
        assertThat(record).containsEntry("service", "employer-matching").containsEntry("personId", worker);
        assertThat((List<Map<String, Object>>) record.get("changes"))
                .anySatisfy(c -> assertThat(c).containsEntry("byUserId", "hr-" + employerId)
                        .containsEntry("byOrganisation", employerId)
                        .containsEntry("byRoles", List.of("EMPLOYER")).containsKey("at"))
                .anySatisfy(c -> assertThat(c).containsEntry("byRoles", List.of("WORKER")));
        assertThat((List<Map<String, Object>>) record.get("accesses"))
                .anySatisfy(a -> assertThat(a).containsEntry("userId", "hr-" + employerId)
                        .containsEntry("organisation", employerId).containsKey("at")
                        .satisfies(e -> assertThat((String) e.get("what")).contains("contact details")
                                .contains(placement)))
                .anySatisfy(a -> assertThat(a).containsEntry("userId", "admin-1")
                        .satisfies(e -> assertThat((String) e.get("what")).contains(runId)))
                .noneSatisfy(a -> assertThat(a.get("roles")).isEqualTo(List.of("WORKER")));
        ResponseEntity<Map> another = http().get("/people/" + worker + "/record", TestTokens.worker(others.get(0)));
        assertThat(another.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(another.getBody().toString()).doesNotContain(email).contains("is yours to see");

        Map<String, Object> countsBefore = http().get("/counts/schemes/" + schemeId, MONITOR).getBody();
        Document placementCountsBefore = mongo.findById(schemeId, Document.class, "placement-counts");
        long availableBefore = available(schemeId);
        assertThat(availableBefore).isEqualTo(6);
        assertThat(placementCountsBefore).containsEntry("offersMade", 6).containsEntry("placementsAgreed", 5)
                .containsEntry("contractSubstitutions", 1);

        String erasureId = requestErasure(worker);

        Map<String, Object> payload = answerTo(erasureId);
        assertThat(payload).containsEntry("personId", worker).containsEntry("outcome", "ERASED")
                .doesNotContainKey("holds");
        assertThat((List<Map<String, Object>>) payload.get("items"))
                .anySatisfy(i -> assertThat(i).containsEntry("store", "EVENT_STORE")
                        .containsEntry("action", "KEY_DESTROYED")
                        .satisfies(e -> assertThat((String) e.get("description")).contains("contact details")))
                .anySatisfy(i -> assertThat(i).containsEntry("store", "READ_MODEL").containsEntry("action", "REMOVED")
                        .satisfies(e -> assertThat((String) e.get("description")).contains("candidate pool")))
                .anySatisfy(i -> assertThat(i).containsEntry("store", "READ_MODEL").containsEntry("action", "CLEARED"))
                .anySatisfy(i -> assertThat((String) i.get("description")).contains("preferences"));

        // Out of every shortlist at once; the read models cleared by the projections.
        assertThat(personIds(http().get("/job-orders/" + jobOrderId + "/shortlist", employerToken(employerId))))
                .doesNotContain(worker).containsAll(others);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                (List<Map<String, Object>>) http().get("/offers/" + placement, employerToken(employerId)).getBody()
                        .get("fees")).singleElement().satisfies(f -> assertThat(f.get("item")).isNull())
                .satisfies(f -> assertThat(f).containsEntry("amount", "800.00")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                mongo.findById(worker, Document.class, "candidate-preferences")).isNull());

        // Counts: what happened is still counted; only the pool, a count of who is available now, lost the worker.
        assertThat(mongo.findById(schemeId, Document.class, "placement-counts")).isEqualTo(placementCountsBefore);
        assertThat(available(schemeId)).isEqualTo(availableBefore - 1);
        Map<String, Object> countsAfter = http().get("/counts/schemes/" + schemeId, MONITOR).getBody();
        assertThat(cellsExcept(countsAfter, "candidatesAvailable"))
                .isEqualTo(cellsExcept(countsBefore, "candidatesAvailable"));

        // Every store and topic: none of the worker's values.
        assertThat(mongoDump()).as("MongoDB").doesNotContain(values);
        assertThat(eventStoreDump()).as("event store").doesNotContain(values).contains(worker);
        List<String> records = TopicProbe.everything().stream().map(r -> r.key() + " " + r.value()).toList();
        assertThat(String.join("\n", records)).as("Kafka").doesNotContain(values).contains(erasureId);

        // Every read endpoint, and the worker's own record.
        String afterwards = String.join("\n",
                recordOf(worker),
                body(http().get("/placements/" + placement + "/contact", employerToken(employerId))),
                body(http().get("/offers/" + placement, employerToken(employerId))),
                body(http().get("/offers/" + declined, employerToken(otherEmployer))),
                body(http().get("/offers", employerToken(employerId))),
                body(http().get("/offers", TestTokens.worker(worker))),
                body(http().get("/owed-fees?schemeId=" + schemeId, ADMIN)),
                body(http().get("/allocation-runs/" + runId, ADMIN)),
                body(http().get("/job-orders/" + jobOrderId + "/shortlist", employerToken(employerId))));
        assertThat(afterwards).doesNotContain(values);
        assertThat(http().get("/placements/" + placement + "/contact", employerToken(employerId)).getBody())
                .doesNotContainKeys("email", "phone", "postalAddress");
        assertThat(http().get("/candidates/me", TestTokens.worker(worker)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> erasedRecord = http().get("/people/" + worker + "/record", TestTokens.worker(worker))
                .getBody();
        assertThat((Map<String, Object>) ((Map<String, Object>) erasedRecord.get("data")).get("candidate"))
                .containsEntry("standing", "ERASED").satisfies(c -> assertThat(c.get("profile")).isNull());

        // Asked again, under a new request: answered again, never an error.
        String again = requestErasure(worker);
        assertThat(answerTo(again)).containsEntry("outcome", "ERASED").containsEntry("personId", worker);
    }

    @Test
    void a_person_this_service_never_knew_is_answered_nothing_held_twice() throws Exception {
        String stranger = UUID.randomUUID().toString();
        assertThat(answerTo(requestErasure(stranger))).containsEntry("outcome", "NOTHING_HELD")
                .containsEntry("items", List.of());
        assertThat(answerTo(requestErasure(stranger))).containsEntry("outcome", "NOTHING_HELD");
    }

    @Test
    void a_fee_the_employer_still_owes_the_worker_holds_the_erasure_until_it_is_reimbursed() throws Exception {
        String email = "held.worker." + UUID.randomUUID().toString().substring(0, 6) + "@erasure-test.example";
        String schemeId = given().scheme();
        String employerId = given().employer();
        String jobOrderId = given().openJobOrder(employerId, fairJobOrder(schemeId));
        String worker = given().candidate(schemeId, "2027-06-01", "B1");
        String placement = offer(jobOrderId, employerId, worker);
        http().post("/offers/" + placement + "/accept", "{\"contact\": {\"email\": \"" + email + "\"}}",
                TestTokens.worker(worker));
        ResponseEntity<Map> fee = http().post("/placements/" + placement + "/fees",
                "{\"item\": \"agency fee\", \"amount\": {\"amount\": \"800.00\", \"currency\": \"EUR\"},"
                        + " \"paidOn\": \"2027-05-01\"}", TestTokens.worker(worker));
        assertThat(fee.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        String erasureId = requestErasure(worker);
        Map<String, Object> held = answerTo(erasureId);
        assertThat(held).containsEntry("outcome", "HELD");
        assertThat((List<Map<String, Object>>) held.get("holds")).singleElement()
                .satisfies(h -> assertThat((String) h.get("rule")).contains("owes you"))
                .satisfies(h -> assertThat((String) h.get("until")).contains("reimbursed every fee"));
        assertThat(personIds(http().get("/job-orders/" + jobOrderId + "/shortlist", employerToken(employerId))))
                .doesNotContain(worker);
        assertThat(recordOf(worker)).contains(email);
        // Kept: the employer can still reach the worker it owes.
        assertThat(http().get("/placements/" + placement + "/contact", employerToken(employerId)).getBody())
                .containsEntry("email", email);

        assertThat(http().post("/placements/" + placement + "/fees/" + fee.getBody().get("feeId") + "/reimbursed",
                null, employerToken(employerId)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        List<ConsumerRecord<String, String>> answers = TopicProbe.awaitPublished(TopicProbe.PUBLISHED,
                r -> erasureId.equals(r.key()) && r.value().contains("\"ERASED\""));
        Contracts.requireValid(answers.get(0).value());
        assertThat(http().get("/placements/" + placement + "/contact", employerToken(employerId)).getBody())
                .doesNotContainKey("email");
        assertThat(recordOf(worker)).doesNotContain(email);
    }

    private String offer(String jobOrderId, String employerId, String personId) {
        ResponseEntity<Map> offered = http().post("/job-orders/" + jobOrderId + "/offers",
                "{\"personId\": \"" + personId + "\"}", employerToken(employerId));
        assertThat(offered.getStatusCode()).as(String.valueOf(offered.getBody())).isEqualTo(HttpStatus.CREATED);
        return (String) offered.getBody().get("offerId");
    }

    private String allocationRunWith(String schemeId, String personId) {
        String[] runId = new String[1];
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ResponseEntity<Map> run = http().post("/schemes/" + schemeId + "/allocation-runs", null, ADMIN);
            assertThat(run.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            runId[0] = (String) run.getBody().get("runId");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    http().get("/allocation-runs/" + runId[0] + "/me", TestTokens.worker(personId)).getStatusCode())
                    .isEqualTo(HttpStatus.OK));
        });
        return runId[0];
    }

    /** Publishes {@code identity.erasure-requested.v1} for the person, as the identity service does. */
    private static String requestErasure(String personId) {
        String erasureId = UUID.randomUUID().toString();
        String event = Contracts.example("identity.erasure-requested.v1")
                .replace("0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9", personId)
                .replace("e7a1c2d3-4b5e-4f60-8a9b-0c1d2e3f4a5b", erasureId)
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
        Contracts.requireValid(event);
        TopicProbe.send("identity.events", erasureId, event);
        return erasureId;
    }

    /** The payload of this service's answer to the request, checked against its contract. */
    private Map<String, Object> answerTo(String erasureId) throws Exception {
        ConsumerRecord<String, String> answer = TopicProbe.awaitPublished(erasureId, ANSWER).get(0);
        Contracts.requireValid(answer.value());
        Map<String, Object> envelope = json.readValue(answer.value(), Map.class);
        assertThat(envelope).containsEntry("source", "employer-matching");
        Map<String, Object> payload = (Map<String, Object>) envelope.get("payload");
        assertThat(payload).containsEntry("erasureId", erasureId);
        return payload;
    }

    private String recordOf(String personId) {
        ResponseEntity<Map> record = http().get("/people/" + personId + "/record", TestTokens.worker(personId));
        assertThat(record.getStatusCode()).isEqualTo(HttpStatus.OK);
        return body(record);
    }

    private String body(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        try {
            return json.writeValueAsString(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> personIds(ResponseEntity<Map> shortlist) {
        return ((List<Map<String, Object>>) shortlist.getBody().get("items")).stream()
                .map(i -> i.get("personId")).toList();
    }

    private long available(String schemeId) {
        return ((Number) mongo.findById(schemeId, Document.class, "candidate-counts").get("available")).longValue();
    }

    private static List<Object> cellsExcept(Map<String, Object> counts, String measure) {
        return ((List<Map<String, Object>>) counts.get("cells")).stream()
                .filter(c -> !measure.equals(c.get("measure"))).map(Object.class::cast).toList();
    }

    /** Every document of every collection of every database on the wire server, as JSON. */
    private static String mongoDump() {
        MongoClient client = EmbeddedInfrastructure.mongoClient();
        StringBuilder dump = new StringBuilder();
        for (String name : client.listDatabaseNames()) {
            MongoDatabase database = client.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                database.getCollection(collection).find().forEach(d -> dump.append(d.toJson()).append('\n'));
            }
        }
        return dump.toString();
    }

    /** The raw rows of the event store, payloads and metadata, as stored (before any key opens them). */
    private String eventStoreDump() {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        StringBuilder dump = new StringBuilder();
        for (String table : List.of("DomainEventEntry", "SnapshotEventEntry")) {
            jdbc.query("SELECT payload, metaData FROM " + table, row -> {
                dump.append(new String(row.getBytes(1), StandardCharsets.UTF_8)).append(' ');
                byte[] metaData = row.getBytes(2);
                dump.append(metaData == null ? "" : new String(metaData, StandardCharsets.UTF_8)).append('\n');
            });
        }
        return dump.toString();
    }
}
