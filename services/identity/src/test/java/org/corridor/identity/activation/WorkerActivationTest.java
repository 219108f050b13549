package org.corridor.identity.activation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.corridor.identity.Browser;
import org.corridor.identity.account.command.OneTimeCode;
import org.corridor.identity.activation.store.ActivationCode;
import org.corridor.identity.activation.store.ActivationCodes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.kernel.messaging.TopicRecords;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A worker activates their own account with the code enrolment gave them, read from a real
 * {@code skills-recognition.worker-activation-issued.v1} record on the Kafka topic.
 */
@CorridorServiceTest
class WorkerActivationTest {

    static final String PASSWORD = "mango trees by the river";

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    ObjectMapper json;

    @Autowired
    ActivationCodes codes;

    @Test
    void a_worker_activates_once_and_their_token_carries_their_person_id() throws Exception {
        String person = UUID.randomUUID().toString();
        String code = OneTimeCode.generate();
        issue(person, code, Instant.now(), Instant.now().plus(30, ChronoUnit.DAYS));
        awaitState(code, ActivationCode.State.ISSUED);

        Browser worker = new Browser(port, "198.51.100.50");
        String username = "worker-" + person.substring(0, 8);
        HttpResponse<String> activated = activate(worker, code.replace("-", " ").toLowerCase(), username);
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(201);
        assertThat(activated.body()).doesNotContain(person);

        String token = worker.accessToken(username, PASSWORD);
        Caller caller = Caller.of(NimbusJwtDecoder.withIssuerLocation(worker.base()).build().decode(token));
        assertThat(caller.roles()).containsExactly("WORKER");
        assertThat(caller.personId()).isEqualTo(person);
        assertThat(caller.organisation()).isNull();

        HttpResponse<String> reused = activate(new Browser(port, "198.51.100.50"), code, "another-" + username);
        assertThat(reused.statusCode()).isEqualTo(400);
        assertThat(reused.body()).contains("\"field\":\"code\"").contains("was used already");
    }

    @Test
    void an_expired_code_is_refused_and_says_to_ask_the_agency() throws Exception {
        String code = OneTimeCode.generate();
        issue(UUID.randomUUID().toString(), code, Instant.now().minus(40, ChronoUnit.DAYS),
                Instant.now().minus(10, ChronoUnit.DAYS));
        awaitState(code, ActivationCode.State.ISSUED);
        HttpResponse<String> refused = activate(new Browser(port, "198.51.100.51"), code, "late-" + shortId());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("expired").contains("Ask the agency that enrolled you for a new one");
    }

    @Test
    void a_newer_code_replaces_the_older_one_whichever_arrives_first() throws Exception {
        String person = UUID.randomUUID().toString();
        Instant first = Instant.now().minus(2, ChronoUnit.DAYS);
        Instant second = Instant.now().minus(1, ChronoUnit.DAYS);
        String older = OneTimeCode.generate();
        String newer = OneTimeCode.generate();
        issue(person, older, first, Instant.now().plus(30, ChronoUnit.DAYS));
        awaitState(older, ActivationCode.State.ISSUED);
        issue(person, newer, second, Instant.now().plus(30, ChronoUnit.DAYS));
        awaitState(older, ActivationCode.State.SUPERSEDED);

        Browser worker = new Browser(port, "198.51.100.52");
        HttpResponse<String> refused = activate(worker, older, "old-" + shortId());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A newer activation code was issued to you");
        assertThat(activate(worker, newer, "new-" + shortId()).statusCode()).isEqualTo(201);

        String latePerson = UUID.randomUUID().toString();
        String lateNewer = OneTimeCode.generate();
        String lateOlder = OneTimeCode.generate();
        issue(latePerson, lateNewer, second, Instant.now().plus(30, ChronoUnit.DAYS));
        awaitState(lateNewer, ActivationCode.State.ISSUED);
        issue(latePerson, lateOlder, first, Instant.now().plus(30, ChronoUnit.DAYS));
        awaitState(lateOlder, ActivationCode.State.SUPERSEDED);
        assertThat(codes.find(OneTimeCode.digest(lateNewer)).orElseThrow().state()).isEqualTo(ActivationCode.State.ISSUED);
    }

    @Test
    void wrong_codes_count_towards_the_back_off_of_the_address() {
        Browser guesser = new Browser(port, "198.51.100.53");
        String last = null;
        for (int i = 0; i < 30 && (last == null || !last.contains("Too many wrong attempts")); i++) {
            last = activate(guesser, OneTimeCode.generate(), "guess-" + i + "-" + shortId()).body();
        }
        assertThat(last).contains("Too many wrong attempts came from your network address");
    }

    @Test
    void an_activation_event_that_breaks_the_contract_goes_to_the_dead_letter_topic_and_records_nothing()
            throws Exception {
        String person = UUID.randomUUID().toString();
        ObjectNode envelope = envelope(person, "not-a-digest", Instant.now(), Instant.now().plus(30, ChronoUnit.DAYS));
        kafka.send("skills-recognition.events", person, json.writeValueAsString(envelope)).get();

        ConsumerRecord<String, String> parked = TopicRecords.embedded()
                .await("skills-recognition.events.DLT", TopicRecords.keyed(person), 1, Duration.ofSeconds(60)).get(0);
        assertThat(parked.value()).contains(person);
        assertThat(TopicRecords.header(parked, "kafka_dlt-exception-message")).contains("codeDigest");
        assertThat(codes.find("not-a-digest")).isEmpty();
    }

    private HttpResponse<String> activate(Browser browser, String code, String username) {
        return browser.postJson("/activations", null, "{\"code\":\"%s\",\"username\":\"%s\",\"password\":\"%s\"}"
                .formatted(code, username, PASSWORD));
    }

    private void awaitState(String code, ActivationCode.State state) {
        await().atMost(Duration.ofSeconds(60)).until(() -> codes.find(OneTimeCode.digest(code))
                .map(found -> found.state() == state).orElse(false));
    }

    private void issue(String person, String code, Instant issuedAt, Instant expiresAt) throws Exception {
        ObjectNode envelope = envelope(person, OneTimeCode.digest(code), issuedAt, expiresAt);
        kafka.send("skills-recognition.events", person, json.writeValueAsString(envelope)).get();
    }

    private ObjectNode envelope(String person, String digest, Instant issuedAt, Instant expiresAt) {
        ObjectNode payload = json.createObjectNode()
                .put("personId", person)
                .put("schemeId", UUID.randomUUID().toString())
                .put("originCountry", "PH")
                .put("codeDigest", digest)
                .put("expiresAt", expiresAt.toString());
        ObjectNode envelope = json.createObjectNode()
                .put("eventId", UUID.randomUUID().toString())
                .put("eventType", "skills-recognition.worker-activation-issued.v1")
                .put("source", "skills-recognition")
                .put("aggregateId", person)
                .put("aggregateVersion", 1)
                .put("occurredAt", issuedAt.toString())
                .put("correlationId", UUID.randomUUID().toString())
                .put("causationId", UUID.randomUUID().toString());
        envelope.set("payload", payload);
        return envelope;
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
