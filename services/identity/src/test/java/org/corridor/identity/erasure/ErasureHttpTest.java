package org.corridor.identity.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.contracts.Contracts;
import org.corridor.identity.Browser;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.activation.store.ActivationCodes;
import org.corridor.kernel.messaging.IntegrationEventInbox;
import org.corridor.kernel.messaging.PublishedIntegrationEvents;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.corridor.kernel.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.corridor.kernel.messaging.TopicRecords;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The one command to forget a person, over HTTP, with the services' answers as real records on their topics (built
 * from the contracts' examples): identity forgets its own part at once, the request goes out on identity.events,
 * and the receipt fills in as the answers arrive.
 */
@CorridorServiceTest
class ErasureHttpTest {

    static final String PASSWORD = "a quiet walk along the harbour";
    static final List<String> SERVICES = List.of("skills-recognition", "employer-matching", "visa-permit-tracking",
            "return-reintegration");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ObjectMapper json;

    @Autowired
    ActivationCodes codes;

    @Autowired
    IntegrationEventInbox inbox;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DataSource dataSource;

    @Test
    void a_worker_is_forgotten_at_once_by_identity_and_the_four_answers_complete_the_receipt() throws Exception {
        String person = UUID.randomUUID().toString();
        String code = issue(person, "PH");
        Browser worker = new Browser(port, "198.51.100.80");
        String username = "reyes-" + person.substring(0, 8);
        HttpResponse<String> activated = worker.postJson("/activations", null,
                "{\"code\":\"%s\",\"username\":\"%s\",\"password\":\"%s\"}".formatted(code, username, PASSWORD));
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(201);
        String token = worker.accessToken(username, PASSWORD);

        JsonNode before = Browser.json(worker.getJson("/people/" + person + "/record", token).body());
        assertThat(before.at("/service").asText()).isEqualTo("identity");
        assertThat(before.at("/data/account/username").asText()).isEqualTo(username);
        assertThat(before.at("/data/activations/0/state").asText()).isEqualTo("SPENT");
        assertThat(before.toString()).doesNotContain(OneTimeCode.digest(code)).doesNotContain("passwordHash");
        assertThat(before.get("changes").toString()).contains("account made with your activation code")
                .contains("activation code issued at enrolment");

        assertThat(worker.getJson("/accounts/" + username, raw(TestTokens.schemeAdmin())).statusCode())
                .as("administrators never see a worker's account, so there is no read of it to log").isEqualTo(404);

        HttpResponse<String> asked = worker.postJson("/erasures", token, "{}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode answer = Browser.json(asked.body());
        String erasureId = answer.get("erasureId").asText();
        String receiptCode = answer.get("receiptCode").asText();
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/erasures/" + erasureId);
        assertThat(OneTimeCode.canonical(receiptCode)).hasSize(16);
        assertThat(answer.get("next").asText()).contains("shown only now").contains("stay valid until they expire");
        assertThat(answer.at("/receipt/requestedBy").asText()).isEqualTo("PERSON");
        assertThat(line(answer.get("receipt"), "identity").get("outcome").asText()).isEqualTo("ERASED");
        assertThat(line(answer.get("receipt"), "identity").at("/items/0/store").asText()).isEqualTo("ACCOUNT");
        for (String service : SERVICES) {
            assertThat(line(answer.get("receipt"), service).get("outcome").asText()).isEqualTo("PENDING");
        }
        assertThat(asked.body()).doesNotContain(username);

        List<ConsumerRecord<String, String>> published = PublishedIntegrationEvents.requireValid("identity", erasureId);
        assertThat(published).hasSize(1);
        JsonNode request = Browser.json(published.get(0).value());
        assertThat(request.get("eventType").asText()).isEqualTo("identity.erasure-requested.v1");
        assertThat(request.get("source").asText()).isEqualTo("identity");
        assertThat(request.at("/payload/personId").asText()).isEqualTo(person);
        assertThat(request.at("/payload/requestedBy").asText()).isEqualTo("PERSON");
        assertThat(published.get(0).value()).doesNotContain(username);
        assertThat(everythingIdentityStores()).as("identity keeps nothing of the account").doesNotContain(username)
                .doesNotContain(OneTimeCode.digest(code)).doesNotContain(OneTimeCode.canonical(receiptCode))
                .doesNotContain(receiptCode);

        assertThat(new Browser(port, "198.51.100.81").signIn(username, PASSWORD)).startsWith("Wrong user name");
        HttpResponse<String> codeAgain = new Browser(port, "198.51.100.81").postJson("/activations", null,
                "{\"code\":\"%s\",\"username\":\"%s\",\"password\":\"%s\"}".formatted(code, username + "-2",
                        PASSWORD));
        assertThat(codeAgain.statusCode()).isEqualTo(400);
        assertThat(codeAgain.body()).contains("\"field\":\"code\"");
        Browser.Pkce pkce = Browser.Pkce.create();
        HttpResponse<String> signedInBefore = worker.get(worker.authorizeUrl(Browser.CALLBACK, pkce, "after"),
                "Accept", "text/html");
        assertThat(signedInBefore.statusCode()).isEqualTo(302);
        String back = signedInBefore.headers().firstValue("Location").orElseThrow();
        assertThat(back).as("the browser's session outlives the account").startsWith(Browser.CALLBACK);
        String issued = URI.create(back).getQuery().replaceAll(".*code=([^&]+).*", "$1");
        HttpResponse<String> noToken = worker.exchange(issued, Browser.CALLBACK, pkce.verifier());
        assertThat(noToken.statusCode()).as("an erased account's session gets no new token").isEqualTo(400);
        assertThat(noToken.body()).contains("invalid_grant");

        HttpResponse<String> again = worker.postJson("/erasures", token, "{}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Browser.json(again.body()).get("erasureId").asText()).isEqualTo(erasureId);
        assertThat(Browser.json(again.body()).hasNonNull("receiptCode")).as("the code is shown once").isFalse();

        String first = null;
        for (String service : SERVICES) {
            String sent = answer(service, erasureId, person, "ERASED", null);
            first = first == null ? sent : first;
        }
        kafka.send("skills-recognition.events", person, first).get();
        String resent = Browser.json(answer("employer-matching", erasureId, person, "ERASED", null)).get("eventId")
                .asText();
        Browser reader = new Browser(port, "198.51.100.82");
        JsonNode complete = awaitReceipt(reader, erasureId, receiptCode, receipt -> receipt.get("complete").asBoolean());
        assertThat(complete.get("services")).hasSize(5);
        for (String service : SERVICES) {
            JsonNode line = line(complete, service);
            assertThat(line.get("outcome").asText()).isEqualTo("ERASED");
            assertThat(line.at("/items/0/store").asText()).isEqualTo("EVENT_STORE");
            assertThat(line.at("/items/0/action").asText()).isEqualTo("KEY_DESTROYED");
        }
        assertThat(complete.hasNonNull("completedAt")).isTrue();

        await().atMost(Duration.ofSeconds(60)).until(() -> inbox.hasProcessed("identity.erasure-answers", resent));

        HttpResponse<String> anew = worker.postJson("/erasures", token, "{}");
        assertThat(anew.statusCode()).as("after a complete request, a new one is made").isEqualTo(202);
        JsonNode second = Browser.json(anew.body());
        assertThat(second.get("erasureId").asText()).isNotEqualTo(erasureId);
        assertThat(line(second.get("receipt"), "identity").get("outcome").asText()).isEqualTo("NOTHING_HELD");
        PublishedIntegrationEvents.requireValid("identity", second.get("erasureId").asText());

        HttpResponse<String> after = worker.getJson("/people/" + person + "/record", token);
        assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
        JsonNode record = Browser.json(after.body());
        assertThat(record.at("/data/account/username").isMissingNode()).isTrue();
        assertThat(record.at("/data/activations")).isEmpty();
        assertThat(record.at("/data/erasures")).hasSize(2);
        assertThat(after.body()).doesNotContain(username);
        assertThat(record.get("changes").toString()).contains("you asked to be forgotten")
                .contains("every service answered: the erasure is complete");
        List<String> answers = new ArrayList<>();
        record.get("changes").forEach(change -> answers.add(change.get("what").asText()));
        assertThat(answers).as("an answer sent again is recorded once")
                .containsOnlyOnce("employer-matching answered ERASED", "skills-recognition answered ERASED");
    }

    @Test
    void an_origin_agency_asks_for_a_person_of_its_country_and_a_hold_shows_until_the_service_erases_later()
            throws Exception {
        String person = UUID.randomUUID().toString();
        issue(person, "PH");
        Browser agency = new Browser(port, "198.51.100.83");
        String clerk = raw(TestTokens.originAgency("agency-ph", "PH"));
        HttpResponse<String> asked = agency.postJson("/erasures", clerk, "{\"personId\":\"" + person + "\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode answer = Browser.json(asked.body());
        String erasureId = answer.get("erasureId").asText();
        assertThat(answer.at("/receipt/requestedBy").asText()).isEqualTo("ORIGIN_AGENCY");
        assertThat(line(answer.get("receipt"), "identity").get("outcome").asText())
                .as("the codes of a person who never activated are forgotten").isEqualTo("ERASED");
        assertThat(codes.of(person)).isEmpty();
        JsonNode published = Browser.json(PublishedIntegrationEvents.requireValid("identity", erasureId).get(0).value());
        assertThat(published.at("/payload/requestedBy").asText()).isEqualTo("ORIGIN_AGENCY");

        HttpResponse<String> stillOpen = agency.postJson("/erasures", clerk, "{\"personId\":\"" + person + "\"}");
        assertThat(stillOpen.statusCode()).isEqualTo(200);
        assertThat(Browser.json(stillOpen.body()).get("erasureId").asText()).isEqualTo(erasureId);

        answer("visa-permit-tracking", erasureId, person, "HELD", List.of(Map.of("rule",
                "residence permit records are kept while the permit is valid", "kept", "passport number and permit "
                        + "dates", "until", "when the permit ends")));
        answer("skills-recognition", erasureId, person, "ERASED", null);
        answer("employer-matching", erasureId, person, "NOTHING_HELD", null);
        answer("return-reintegration", erasureId, person, "NOTHING_HELD", null);
        JsonNode held = awaitAgencyReceipt(agency, clerk, erasureId, receipt -> SERVICES.stream()
                .noneMatch(service -> line(receipt, service).get("outcome").asText().equals("PENDING")));
        assertThat(held.get("complete").asBoolean()).as("a hold keeps the request open").isFalse();
        assertThat(line(held, "visa-permit-tracking").get("outcome").asText()).isEqualTo("HELD");
        assertThat(line(held, "visa-permit-tracking").at("/holds/0/until").asText()).isEqualTo("when the permit ends");

        answer("visa-permit-tracking", erasureId, person, "ERASED", null);
        JsonNode released = awaitAgencyReceipt(agency, clerk, erasureId, receipt -> receipt.get("complete").asBoolean());
        assertThat(line(released, "visa-permit-tracking").get("outcome").asText()).isEqualTo("ERASED");
        assertThat(line(released, "visa-permit-tracking").get("holds")).isEmpty();
        assertThat(released.get("services")).hasSize(5);

        HttpResponse<String> otherCountry = agency.getJson("/erasures/" + erasureId,
                raw(TestTokens.originAgency("agency-id", "ID")));
        assertThat(otherCountry.statusCode()).isEqualTo(404);
        HttpResponse<String> otherWorker = agency.getJson("/erasures/" + erasureId,
                raw(TestTokens.worker(UUID.randomUUID().toString())));
        assertThat(otherWorker.statusCode()).isEqualTo(404);

        JsonNode record = Browser.json(agency.getJson("/people/" + person + "/record",
                raw(TestTokens.worker(person))).body());
        assertThat(record.get("accesses")).isNotEmpty();
        assertThat(record.at("/accesses/0/userId").asText()).isEqualTo("clerk-1");
        assertThat(record.at("/accesses/0/what").asText()).isEqualTo("erasure receipt");
        assertThat(record.at("/accesses/0/organisation").asText()).isEqualTo("agency-ph");
    }

    @Test
    void a_person_of_another_country_is_hidden_from_an_origin_agency_and_a_worker_asks_only_for_themselves()
            throws Exception {
        String person = UUID.randomUUID().toString();
        issue(person, "PH");
        Browser browser = new Browser(port, "198.51.100.84");
        HttpResponse<String> german = browser.postJson("/erasures", raw(TestTokens.originAgency("agency-de", "DE")),
                "{\"personId\":\"" + person + "\"}");
        assertThat(german.statusCode()).isEqualTo(404);
        assertThat(german.body()).contains("enrolled in your country").contains("origin agency of that country");
        HttpResponse<String> unknown = browser.postJson("/erasures", raw(TestTokens.originAgency("agency-ph", "PH")),
                "{\"personId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        HttpResponse<String> nobody = browser.postJson("/erasures", raw(TestTokens.originAgency("agency-ph", "PH")),
                "{}");
        assertThat(nobody.statusCode()).isEqualTo(400);
        assertThat(nobody.body()).contains("\"field\":\"personId\"");

        HttpResponse<String> forAnother = browser.postJson("/erasures", raw(TestTokens.worker(UUID.randomUUID()
                .toString())), "{\"personId\":\"" + person + "\"}");
        assertThat(forAnother.statusCode()).isEqualTo(403);
        assertThat(forAnother.body()).contains("only for yourself");
        assertThat(codes.of(person)).as("nothing was erased").hasSize(1);

        HttpResponse<String> othersRecord = browser.getJson("/people/" + person + "/record",
                raw(TestTokens.worker(UUID.randomUUID().toString())));
        assertThat(othersRecord.statusCode()).isEqualTo(403);
        assertThat(othersRecord.body()).contains("only your own record");
    }

    @Test
    void wrong_receipt_codes_are_refused_and_slowed_down_and_an_answer_to_an_unknown_request_is_ignored()
            throws Exception {
        String person = UUID.randomUUID().toString();
        Browser browser = new Browser(port, "198.51.100.85");
        HttpResponse<String> asked = browser.postJson("/erasures", raw(TestTokens.worker(person)), "{}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);
        JsonNode answer = Browser.json(asked.body());
        String erasureId = answer.get("erasureId").asText();
        assertThat(line(answer.get("receipt"), "identity").get("outcome").asText()).isEqualTo("NOTHING_HELD");

        HttpResponse<String> right = browser.get("/erasures/" + erasureId, "Accept", "application/json",
                "Receipt-Code", answer.get("receiptCode").asText().toLowerCase().replace("-", " "));
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
        assertThat(browser.get("/erasures/" + erasureId, "Accept", "application/json").statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = browser.get("/erasures/" + erasureId, "Accept", "application/json",
                "Receipt-Code", OneTimeCode.generate());
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).contains("receipt code");

        HttpResponse<String> last = wrong;
        for (int i = 0; i < 40 && last.statusCode() != 429; i++) {
            last = browser.get("/erasures/" + erasureId, "Accept", "application/json", "Receipt-Code",
                    OneTimeCode.generate());
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(last.body()).contains("Too many wrong attempts");

        String unknown = UUID.randomUUID().toString();
        String eventId = Browser.json(answer("employer-matching", unknown, person, "NOTHING_HELD", null))
                .get("eventId").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> inbox.hasProcessed("identity.erasure-answers", eventId));
    }

    @Test
    void two_requests_for_one_person_at_once_make_one_erasure() throws Exception {
        String token = raw(TestTokens.worker(UUID.randomUUID().toString()));
        List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
        for (String address : List.of("198.51.100.86", "198.51.100.87")) {
            both.add(CompletableFuture.supplyAsync(() -> new Browser(port, address).postJson("/erasures", token,
                    "{}")));
        }
        List<Integer> statuses = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> answer : both) {
            statuses.add(answer.get(60, TimeUnit.SECONDS).statusCode());
        }
        assertThat(statuses).as("one request made, the other shown it or told it is being made")
                .containsOnlyOnce(202).hasSize(2).allMatch(status -> List.of(200, 202, 409).contains(status));
    }

    /** Every document of the service's database, every stored event with its metadata, every record it published. */
    private String everythingIdentityStores() throws Exception {
        StringBuilder all = new StringBuilder();
        for (String collection : mongo.getCollectionNames()) {
            all.append("# ").append(collection).append('\n');
            mongo.getCollection(collection).find().forEach(document -> all.append(document.toJson()).append('\n'));
        }
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery(
                     "select payloadType, payload, metaData from DomainEventEntry")) {
            while (rows.next()) {
                all.append(rows.getString(1)).append(' ')
                        .append(new String(rows.getBytes(2), StandardCharsets.UTF_8))
                        .append(new String(rows.getBytes(3), StandardCharsets.UTF_8)).append('\n');
            }
        }
        TopicRecords.embedded().now("identity.events", record -> true)
                .forEach(record -> all.append(record.value()).append('\n'));
        assertThat(all).as("the dump found the service's stores").contains("erasure-people", "ErasureRequested");
        return all.toString();
    }

    private String issue(String person, String country) throws Exception {
        String code = OneTimeCode.generate();
        ObjectNode payload = json.createObjectNode()
                .put("personId", person)
                .put("schemeId", UUID.randomUUID().toString())
                .put("originCountry", country)
                .put("codeDigest", OneTimeCode.digest(code))
                .put("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).toString());
        ObjectNode envelope = json.createObjectNode()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", "skills-recognition.worker-activation-issued.v1")
                .put("source", "skills-recognition")
                .put("aggregateId", person)
                .put("aggregateVersion", 1)
                .put("occurredAt", Instant.now().toString())
                .put("correlationId", UUID.randomUUID().toString())
                .put("causationId", UUID.randomUUID().toString());
        envelope.set("payload", payload);
        kafka.send("skills-recognition.events", person, json.writeValueAsString(envelope)).get();
        await().atMost(Duration.ofSeconds(60)).until(() -> codes.find(OneTimeCode.digest(code)).isPresent());
        return code;
    }

    /** Sends {@code service}'s answer, built from its contract's example, on its topic; returns the record sent. */
    private String answer(String service, String erasureId, String person, String outcome,
                          List<Map<String, String>> holds) throws Exception {
        ObjectNode envelope = (ObjectNode) json.readTree(Contracts.example(service + ".personal-data-erased.v1"));
        envelope.put("eventId", UUID.randomUUID().toString()).put("aggregateId", person)
                .put("occurredAt", Instant.now().toString());
        ObjectNode payload = (ObjectNode) envelope.get("payload");
        payload.put("erasureId", erasureId).put("personId", person).put("outcome", outcome)
                .put("erasedAt", Instant.now().toString());
        if (outcome.equals("NOTHING_HELD")) {
            payload.set("items", json.createArrayNode());
        }
        if (holds != null) {
            ArrayNode array = payload.putArray("holds");
            holds.forEach(hold -> array.add(json.valueToTree(hold)));
        }
        String record = json.writeValueAsString(envelope);
        Contracts.requireValid(record);
        kafka.send(service + ".events", person, record).get();
        return record;
    }

    private JsonNode awaitReceipt(Browser browser, String erasureId, String code,
                                  java.util.function.Predicate<JsonNode> until) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> got = browser.get("/erasures/" + erasureId, "Accept", "application/json",
                    "Receipt-Code", code);
            assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
            JsonNode receipt = Browser.json(got.body());
            seen.add(0, receipt);
            return until.test(receipt);
        });
        return seen.get(0);
    }

    private JsonNode awaitAgencyReceipt(Browser browser, String token, String erasureId,
                                        java.util.function.Predicate<JsonNode> until) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpResponse<String> got = browser.getJson("/erasures/" + erasureId, token);
            assertThat(got.statusCode()).as(got.body()).isEqualTo(200);
            JsonNode receipt = Browser.json(got.body());
            seen.add(0, receipt);
            return until.test(receipt);
        });
        return seen.get(0);
    }

    private static JsonNode line(JsonNode receipt, String service) {
        for (JsonNode line : receipt.get("services")) {
            if (line.get("service").asText().equals(service)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + service + " in " + receipt);
    }

    private static String raw(String bearer) {
        return bearer.substring("Bearer ".length());
    }
}
