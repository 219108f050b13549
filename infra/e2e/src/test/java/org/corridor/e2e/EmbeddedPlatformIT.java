package org.corridor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.corridor.e2e.Gateway.Answer;
import org.corridor.platform.PortalSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole platform, started as the README starts it, driven only through the gateway and the external systems'
 * stand-ins: a scheme reaches employer-matching; bad input is a problem and stores nothing; one person goes through
 * the whole cycle, every service handing over to the next by integration events, and no personal data of theirs
 * is on any topic; every endpoint of every service answers every role, no token and bad tokens as the services'
 * access matrices say; and a hard kill mid-flow loses no committed scheme and applies none twice. One platform start
 * serves every test (a start is the most expensive thing the suite does).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedPlatformIT {

    /** Five JVMs starting on two shared cores took 159-205 s to report UP; this leaves room for a busier machine. */
    static final Duration START_DEADLINE = Duration.ofMinutes(8);

    @TempDir
    static Path work;
    static ExternalSystems external;
    static EmbeddedPlatformProcess platform;
    static Gateway gateway;
    static PortalSignIn signIn;
    static String admin;
    /** The person of the whole cycle (test 3), whom test 6 erases. */
    static PersonCycle person;

    @BeforeAll
    static void startPlatform() throws Exception {
        external = new ExternalSystems();
        platform = new EmbeddedPlatformProcess(EmbeddedPlatformProcess.repositoryHome(), work.resolve("data"),
                external.environment());
        Instant started = Instant.now();
        platform.start(START_DEADLINE);
        System.out.println("platform healthy after " + Duration.between(started, Instant.now()).toSeconds() + " s");
        gateway = new Gateway(platform.gateway());
        signIn = new PortalSignIn(platform.issuer(), platform.portalCallback());
        admin = signIn.demo("admin");
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.stop();
        }
        if (external != null) {
            external.close();
        }
    }

    @Test
    @Order(1)
    void a_scheme_defined_at_the_gateway_reaches_employer_matching() throws Exception {
        // The first command of a freshly started service may take longer than the gateway waits (5 s): the caller
        // is told to try again later, and does, as a clerk would. The unanswered attempt may still be stored.
        Answer defined = defineScheme("Philippines-Germany care workers", "PH", "DE");
        boolean retried = false;
        for (int attempt = 1; defined.status() == 503 && attempt < 5; attempt++) {
            retried = true;
            Thread.sleep(2000);
            defined = defineScheme("Philippines-Germany care workers", "PH", "DE");
        }
        String schemeId = defined.expect(201).text("schemeId");
        if (retried) {
            // An unanswered attempt runs to its end within the service's command timeout (10 s); wait it out so
            // the next test counts a settled store.
            Thread.sleep(Duration.ofSeconds(11).toMillis());
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode terms = gateway.get("/api/employer-matching/schemes/" + schemeId, admin).expect(200).json();
            assertThat(terms.get("destinationCountry").asText()).isEqualTo("DE");
            assertThat(terms.get("occupations").get(0).get("monthlyWageFloor").asText()).isEqualTo("2650.00");
        });
    }

    @Test
    @Order(2)
    void bad_input_at_the_gateway_is_a_problem_naming_the_field_and_nothing_is_stored() throws Exception {
        // Counted once both sides agree, so nothing earlier is still on its way to the read model.
        await().atMost(Duration.ofSeconds(60)).until(() -> gateway.total("/api/skills-recognition/schemes", admin)
                == gateway.total("/api/employer-matching/schemes", admin));
        long before = gateway.total("/api/skills-recognition/schemes", admin);
        Answer refused = defineScheme("Nowhere", "PH", "XX");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("destinationCountry");
        assertThat(gateway.total("/api/skills-recognition/schemes", admin)).isEqualTo(before);
    }

    @Test
    @Order(3)
    void a_person_goes_through_the_whole_cycle_and_no_topic_carries_their_personal_data() throws Exception {
        person = new PersonCycle(gateway, new PlatformTokens(platform.dataDir(), platform.issuer()),
                admin, signIn.demo("employer"), "employer-1");
        Instant started = Instant.now();
        person.defineScheme();
        person.enrolAndTrain();
        person.recognise();
        person.placeWithTheEmployer();
        person.obtainThePermit(external);
        person.comeHome();
        person.grieveAgainstTheEmployer();
        System.out.println("a person's whole cycle took " + Duration.between(started, Instant.now()).toSeconds()
                + " s through the gateway");

        List<String> personal = List.of(person.fullName, person.birthDate, person.phone, person.email,
                person.passportNumber);
        int records = 0;
        for (String topic : Topics.EVENTS) {
            for (ConsumerRecord<String, String> record : Topics.readWhole(platform.kafka(), topic)) {
                records++;
                for (String value : personal) {
                    assertThat(record.value()).as("%s record at offset %d", topic, record.offset())
                            .doesNotContain(value);
                }
            }
        }
        // The person's own id does travel (it is how the services know them); it proves the read found their events.
        assertThat(Topics.EVENTS.stream().flatMap(topic -> Topics.readWhole(platform.kafka(), topic).stream())
                .filter(record -> record.value().contains(person.personId)).count()).isGreaterThanOrEqualTo(4);
        System.out.println("integration event records checked for personal data: " + records);
    }

    @Test
    @Order(4)
    void every_endpoint_of_every_service_answers_every_role_and_every_bad_token_through_the_gateway_as_its_matrix_says()
            throws Exception {
        PlatformTokens tokens = new PlatformTokens(platform.dataDir(), platform.issuer());
        Path home = EmbeddedPlatformProcess.repositoryHome();
        List<String> missing = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String service : AccessMatrix.SERVICES) {
            List<AccessMatrix.Row> rows = AccessMatrix.read(home, service);
            Set<AccessMatrix.Endpoint> documented = AccessMatrix.documented(
                    gateway.get("/api/" + service + "/v3/api-docs", null).expect(200).json());
            assertThat(documented).as(service + "'s OpenAPI paths").isNotEmpty();
            missing.addAll(AccessMatrix.missingRows(service, documented, rows));
            for (AccessMatrix.Row row : rows) {
                if (!documented.contains(row.endpoint())) {
                    // Not part of the API behind the door (the issuer's own sign-in page is visited at the issuer);
                    // the service's own access test covers the row
                    System.out.println("not behind the gateway: " + service + " " + row.endpoint() + " as "
                            + row.role());
                    continue;
                }
                String token = row.role().equals(AccessMatrix.NO_TOKEN) ? null : tokens.forRole(row.role());
                Answer answer = call(service, row.endpoint(), token);
                calls++;
                boolean asExpected = switch (row.expected()) {
                    case "UNAUTHENTICATED" -> answer.status() == 401;
                    case "FORBIDDEN" -> answer.status() == 403;
                    // allowed: the role passes, whatever the random ids and the empty body then earn; never a fault
                    default -> answer.status() != 401 && answer.status() != 403 && answer.status() < 500;
                };
                if (!asExpected) {
                    wrong.add(service + " " + row.endpoint() + " as " + row.role() + " (access-matrix.csv line "
                            + row.line() + "): expected " + row.expected() + ", answered " + answer.status() + " "
                            + answer.body());
                }
            }
            for (AccessMatrix.Endpoint endpoint : documented) {
                for (String badToken : List.of(tokens.expired("SCHEME_ADMIN"), tokens.wronglySigned("SCHEME_ADMIN"),
                        tokens.unsigned("SCHEME_ADMIN"))) {
                    Answer answer = call(service, endpoint, badToken);
                    calls++;
                    if (answer.status() != 401) {
                        wrong.add(service + " " + endpoint + " with a bad token answered " + answer.status());
                    }
                }
            }
        }
        System.out.println("calls through the gateway checked against the access matrices: " + calls);
        assertThat(missing).as("endpoints without their rows in access-matrix.csv").isEmpty();
        assertThat(wrong).as("answers that differ from the access matrices").isEmpty();
    }

    /**
     * One call of an endpoint, ids filled in at random and {@code {}} as the body where it takes one. Calls without a
     * valid token share the caller's address for the rate limit: a 429 is waited out as its Retry-After says.
     */
    private static Answer call(String service, AccessMatrix.Endpoint endpoint, String token) throws Exception {
        String path = "/api/" + service + endpoint.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String body = Set.of("POST", "PUT", "PATCH").contains(endpoint.method()) ? "{}" : null;
        for (int attempt = 0; ; attempt++) {
            Answer answer = gateway.send(endpoint.method(), path, token, body);
            if (answer.status() != 429 || attempt == 20) {
                return answer;
            }
            Thread.sleep(1000L * Math.max(1, answer.retryAfter()));
        }
    }

    @Test
    @Order(5)
    void every_demo_account_signs_in_at_the_issuer_and_wrong_passwords_are_slowed_then_locked() throws Exception {
        Map<String, String> roles = Map.of("admin", "SCHEME_ADMIN", "agency", "ORIGIN_AGENCY",
                "trainer", "TRAINING_PROVIDER", "officer", "RECOGNITION_OFFICER", "employer", "EMPLOYER",
                "consulate", "CONSULATE", "worker", "WORKER", "counsellor", "COUNSELLOR", "monitor", "MONITOR");
        for (Map.Entry<String, String> account : roles.entrySet()) {
            String token = signIn.demo(account.getKey());
            JsonNode claims = Gateway.JSON.readTree(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
            assertThat(claims.path("iss").asText()).isEqualTo(platform.issuer());
            assertThat(claims.path("roles").toString()).as(account.getKey()).contains(account.getValue());
            // Accepted at the door (the download is a worker's: everyone else is authenticated, then refused)
            gateway.get("/api/people/me/record", token).expect(account.getValue().equals("WORKER") ? 200 : 403);
        }

        // Scripts take a token with client credentials: the demo machine client acts as the demo scheme administrator
        java.net.http.HttpResponse<String> issued = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(platform.issuer() + "/oauth2/token"))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                "demo:demo-client-secret-known-to-everyone".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        String script = Gateway.JSON.readTree(issued.body()).path("access_token").asText();
        gateway.get("/api/skills-recognition/schemes", script).expect(200);

        // Counted per account name, whether or not it exists: 3 free, then a wait that doubles, then a lock
        String name = "nobody-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        PortalSignIn browser = signIn.freshBrowser();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(browser.submit(name, "not-the-password-" + attempt)).as("attempt " + attempt)
                    .doesNotContain("Too many");
        }
        String slowed = browser.submit(name, "not-the-password-4");
        String refusedEarly = browser.submit(name, "not-the-password-5");
        System.out.println("4th wrong sign-in: " + slowed + " | 5th, at once: " + refusedEarly);
        assertThat(refusedEarly).contains("Too many wrong attempts for this account: try again after");
        String locked = null;
        for (int attempt = 6; attempt <= 40 && (locked == null || !locked.contains("locked")); attempt++) {
            locked = browser.submit(name, "not-the-password-" + attempt);
        }
        assertThat(locked).contains("locked");
    }

    @Test
    @Order(6)
    void a_person_who_asks_to_be_forgotten_is_erased_everywhere_gets_a_receipt_and_every_count_still_adds_up()
            throws Exception {
        assertThat(person).as("the person of the whole cycle (test 3)").isNotNull();
        assertThat(person.personId).isNotNull();
        PlatformTokens tokens = new PlatformTokens(platform.dataDir(), platform.issuer());
        List<String> personal = List.of(person.fullName, person.birthDate, person.phone, person.email,
                person.passportNumber);

        // The right of access first: one document, from every service, with what they hold and who looked at it
        Answer download = gateway.get("/api/people/me/record", person.worker).expect(200);
        System.out.println("the worker's download before erasure: " + download.body().length() + " characters, "
                + "unavailable: " + download.json().path("unavailable"));
        assertThat(download.json().path("unavailable")).as("every service answered").isEmpty();
        assertThat(download.body()).contains(person.fullName, person.passportNumber);
        for (String service : AccessMatrix.SERVICES) {
            assertThat(download.json().path("services").has(service)).as(service + "'s part").isTrue();
        }
        Map<String, String> countsBefore = counts(tokens);
        System.out.println("counts compared before and after erasure: " + countsBefore.keySet());
        assertThat(countsBefore).isNotEmpty();
        assertThat(StoredData.find(platform, personal)).as("the search finds the person before erasure")
                .isNotEmpty();

        Answer requested = gateway.post("/api/identity/erasures", person.worker, "{}").expect(202);
        String erasureId = requested.text("erasureId");
        String receiptCode = requested.text("receiptCode");
        Instant asked = Instant.now();
        JsonNode receipt = await("every service's answer on the receipt").atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2)).until(() -> gateway.send("GET", "/api/identity/erasures/"
                        + erasureId, null, null, "Receipt-Code", receiptCode).expect(200).json(),
                        json -> json.path("complete").asBoolean());
        System.out.println("erasure receipt after " + Duration.between(asked, Instant.now()).toSeconds() + " s: "
                + receipt);
        for (String service : AccessMatrix.SERVICES) {
            assertThat(receipt.toString()).as("the receipt names " + service).contains(service);
        }

        List<String> found = StoredData.find(platform, personal);
        assertThat(found).as("the person's personal data anywhere after erasure").isEmpty();
        assertThat(gateway.get("/api/people/me/record", person.worker).body()).doesNotContain(personal);
        assertThat(counts(tokens)).as("every count after erasure").isEqualTo(countsBefore);
    }

    /**
     * Every count, statistic and percentile a service publishes (GET endpoints whose path says so), for the scheme of
     * the whole-cycle person and the post that worked their permit, read with a role its access matrix allows; only
     * those that answer 200.
     */
    private static Map<String, String> counts(PlatformTokens tokens) throws Exception {
        Path home = EmbeddedPlatformProcess.repositoryHome();
        Map<String, String> counts = new java.util.TreeMap<>();
        for (String service : AccessMatrix.SERVICES) {
            for (AccessMatrix.Row row : AccessMatrix.read(home, service)) {
                String path = row.endpoint().path();
                if (!row.endpoint().method().equals("GET") || !row.expected().equals("ALLOWED")
                        || !path.matches(".*(/counts|-counts|/statistics|percentiles|caseload).*")
                        || counts.containsKey(service + path)) {
                    continue;
                }
                String filled = path.replace("{schemeId}", person.schemeId) + "?schemeId=" + person.schemeId
                        + "&post=de-embassy-manila";
                if (filled.contains("{")) {
                    continue;
                }
                Answer answer = gateway.get("/api/" + service + filled, tokens.forRole(row.role()));
                if (answer.status() == 200) {
                    counts.put(service + path, answer.json().toString()
                            .replaceAll("\"generatedAt\":\"[^\"]*\"", ""));
                }
            }
        }
        return counts;
    }

    @Test
    @Order(7)
    void a_hard_kill_mid_flow_loses_no_committed_scheme_and_applies_none_twice() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                try {
                    Answer created = defineScheme("Kill test " + n++, "PH", "DE");
                    if (created.status() == 201) {
                        acknowledged.add(created.text("schemeId"));
                    }
                } catch (Exception platformGone) {
                    // Requests in flight when the platform dies get no answer: they were never acknowledged.
                }
            }
        });
        writer.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= 15);
        platform.killHard();
        running.set(false);
        writer.join();
        System.out.println("schemes acknowledged before the kill: " + acknowledged.size());

        Instant restarted = Instant.now();
        platform.start(START_DEADLINE);
        System.out.println("platform healthy again after the kill, on the same ports, after "
                + Duration.between(restarted, Instant.now()).toSeconds() + " s");
        admin = signIn.demo("admin");

        // Nothing acknowledged is lost, in the service that stored it and in the one that consumed it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String schemeId : acknowledged) {
                gateway.get("/api/skills-recognition/schemes/" + schemeId, admin).expect(200);
                gateway.get("/api/employer-matching/schemes/" + schemeId, admin).expect(200);
            }
            assertThat(gateway.total("/api/employer-matching/schemes", admin))
                    .isEqualTo(gateway.total("/api/skills-recognition/schemes", admin));
        });

        // A resend after the crash is allowed; it must carry the same event id, so the consumer skips it.
        Map<String, Integer> recordsPerEvent = new HashMap<>();
        Map<String, Set<String>> eventIdsPerScheme = new HashMap<>();
        for (ConsumerRecord<String, String> record : Topics.readWhole(platform.kafka(), "skills-recognition.events")) {
            JsonNode envelope = Gateway.JSON.readTree(record.value());
            if (!envelope.get("eventType").asText().equals("skills-recognition.scheme-defined.v1")) {
                continue;
            }
            String eventId = envelope.get("eventId").asText();
            recordsPerEvent.merge(eventId, 1, Integer::sum);
            eventIdsPerScheme.computeIfAbsent(envelope.get("aggregateId").asText(), k -> new HashSet<>())
                    .add(eventId);
        }
        assertThat(eventIdsPerScheme.keySet()).containsAll(acknowledged);
        assertThat(eventIdsPerScheme.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        long resent = recordsPerEvent.values().stream().filter(count -> count > 1).count();
        System.out.println("events resent after the kill (same id, skipped by the consumer): " + resent);
    }

    private static Answer defineScheme(String name, String origin, String destination) throws Exception {
        return gateway.post("/api/skills-recognition/schemes", admin, """
                {"name": "%s", "originCountry": "%s", "destinationCountry": "%s",
                 "trainingStandard": "Pflegefachassistenz, German B1",
                 "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                                  "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"}}],
                 "quotas": [{"track": "AWAY", "places": 120}, {"track": "HOME", "places": 80}]}
                """.formatted(name, origin, destination));
    }
}
