package org.corridor.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The foundation's thin flow through the whole platform, started as the README starts it: a scheme defined at the
 * gateway is stored by skills-recognition, published to Kafka and read back from employer-matching; and a hard
 * kill mid-flow loses no committed scheme and applies none twice.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SchemeFlowIT {

    /** Five JVMs starting on two shared cores took 159-205 s to report UP; this leaves room for a busier machine. */
    static final Duration START_DEADLINE = Duration.ofMinutes(8);
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path work;
    static EmbeddedPlatformProcess platform;
    static String token;

    @BeforeAll
    static void startPlatform() throws Exception {
        platform = new EmbeddedPlatformProcess(EmbeddedPlatformProcess.repositoryHome(), work.resolve("data"));
        Instant started = Instant.now();
        platform.start(START_DEADLINE);
        System.out.println("platform healthy after " + Duration.between(started, Instant.now()).toSeconds() + " s");
        token = login("admin", "admin");
    }

    @AfterAll
    static void stopPlatform() throws Exception {
        if (platform != null) {
            platform.stop();
        }
    }

    @Test
    @Order(1)
    void a_scheme_defined_at_the_gateway_reaches_employer_matching() throws Exception {
        HttpResponse<String> created = defineScheme("Philippines-Germany care workers", "PH", "DE");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String schemeId = JSON.readTree(created.body()).get("schemeId").asText();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            HttpResponse<String> terms = get("/api/employer-matching/schemes/" + schemeId);
            assertThat(terms.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(terms.body());
            assertThat(body.get("destinationCountry").asText()).isEqualTo("DE");
            assertThat(body.get("occupations").get(0).get("monthlyWageFloor").asText()).isEqualTo("2650.00");
        });
    }

    @Test
    @Order(2)
    void bad_input_at_the_gateway_is_a_problem_naming_the_field_and_nothing_is_stored() throws Exception {
        long before = total("/api/skills-recognition/schemes");
        HttpResponse<String> refused = defineScheme("Nowhere", "PH", "XX");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("destinationCountry");
        assertThat(total("/api/skills-recognition/schemes")).isEqualTo(before);
    }

    @Test
    @Order(3)
    void a_hard_kill_mid_flow_loses_no_committed_scheme_and_applies_none_twice() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            int n = 0;
            while (running.get()) {
                try {
                    HttpResponse<String> created = defineScheme("Kill test " + n++, "PH", "DE");
                    if (created.statusCode() == 201) {
                        acknowledged.add(JSON.readTree(created.body()).get("schemeId").asText());
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
        token = login("admin", "admin");

        // Nothing acknowledged is lost, in the service that stored it and in the one that consumed it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            for (String schemeId : acknowledged) {
                assertThat(get("/api/skills-recognition/schemes/" + schemeId).statusCode()).as(schemeId).isEqualTo(200);
                assertThat(get("/api/employer-matching/schemes/" + schemeId).statusCode()).as(schemeId).isEqualTo(200);
            }
            assertThat(total("/api/employer-matching/schemes"))
                    .isEqualTo(total("/api/skills-recognition/schemes"));
        });

        // A resend after the crash is allowed; it must carry the same event id, so the consumer skips it.
        Map<String, Integer> recordsPerEvent = recordsPerEventId("skills-recognition.events");
        Map<String, Set<String>> eventIdsPerScheme = new HashMap<>();
        for (String eventId : recordsPerEvent.keySet()) {
            eventIdsPerScheme.computeIfAbsent(aggregateOf.get(eventId), k -> ConcurrentHashMap.newKeySet()).add(eventId);
        }
        assertThat(eventIdsPerScheme.keySet()).containsAll(acknowledged);
        assertThat(eventIdsPerScheme.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        long resent = recordsPerEvent.values().stream().filter(count -> count > 1).count();
        System.out.println("events resent after the kill (same id, skipped by the consumer): " + resent);
    }

    static final Map<String, String> aggregateOf = new ConcurrentHashMap<>();

    private static Map<String, Integer> recordsPerEventId(String topic) {
        Properties properties = new Properties();
        properties.put("bootstrap.servers", platform.kafka());
        properties.put("auto.offset.reset", "earliest");
        Map<String, Integer> counts = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer())) {
            // Read every partition from the start up to its end offset: no group join, nothing left to chance.
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            await("the whole of " + topic + " read").atMost(Duration.ofSeconds(60)).pollDelay(Duration.ZERO)
                    .pollInterval(Duration.ofMillis(10)).until(() -> {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                            JsonNode envelope = JSON.readTree(record.value());
                            String eventId = envelope.get("eventId").asText();
                            counts.merge(eventId, 1, Integer::sum);
                            aggregateOf.put(eventId, envelope.get("aggregateId").asText());
                        }
                        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
                    });
        }
        return counts;
    }

    private static HttpResponse<String> defineScheme(String name, String origin, String destination) throws Exception {
        String body = """
                {"name": "%s", "originCountry": "%s", "destinationCountry": "%s",
                 "trainingStandard": "Pflegefachassistenz, German B1",
                 "occupations": [{"iscoCode": "5321", "title": "Health care assistants",
                                  "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"}}],
                 "quotas": [{"track": "AWAY", "places": 120}, {"track": "HOME", "places": 80}]}
                """.formatted(name, origin, destination);
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/api/skills-recognition/schemes"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(platform.gateway() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static long total(String path) throws Exception {
        HttpResponse<String> page = get(path + "?size=1");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return JSON.readTree(page.body()).get("total").asLong();
    }

    private static String login(String user, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platform.gateway() + "/auth/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
