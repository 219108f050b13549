package org.corridor.benchmark.matching;

import org.corridor.platform.PortalSignIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.corridor.contracts.Contracts;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A shortlist through the gateway of a running platform, with the pool filled the honest way: a scheme and
 * {@code --candidates} candidates published onto {@code skills-recognition.events} as skills-recognition publishes
 * them (each record validated against its contract), a demo employer that registers and opens a job order, then
 * {@code --requests} shortlist reads (top 50 with explanations), timed one by one as the client sees them.
 *
 * <pre>
 * java -cp ... org.corridor.benchmark.matching.PlatformShortlistRun --gateway http://localhost:20080 \
 *   --kafka localhost:20092 --candidates 100000 --requests 1000 [--reuse target/matching-platform.properties]
 * </pre>
 * With {@code --pool N} the reads start once the pool holds N of them. With {@code --reuse}, nothing is published: the scheme and job order of an earlier run are read again (after a
 * restart of employer-matching, say). Requests are paced under the gateway's per-client rate limit (50/s). With
 * {@code --service http://localhost:20082} the same reads are then sent to employer-matching itself, bypassing the
 * gateway, to tell the two apart.
 */
public final class PlatformShortlistRun {

    static final String TOPIC = "skills-recognition.events";
    static final String EXAMPLE_SCHEME = "0b6f7e0c-3d2a-4f6b-9c1e-5a4d3b2c1f00";
    static final String EXAMPLE_PERSON = "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9";

    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;

    private PlatformShortlistRun(URI gateway) {
        this.gateway = gateway;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PlatformShortlistRun run = new PlatformShortlistRun(URI.create(options.getOrDefault("gateway",
                "http://localhost:20080")));
        int candidates = Integer.parseInt(options.getOrDefault("candidates", "100000"));
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        Path state = Path.of(options.getOrDefault("state", "infra/benchmark-matching/target/matching-platform.properties"));
        String token = run.logIn("employer");
        Properties ids = new Properties();
        if (options.containsKey("reuse")) {
            try (var in = Files.newInputStream(state)) {
                ids.load(in);
            }
        } else {
            run.fill(options.getOrDefault("kafka", "localhost:20092"), candidates, token, ids);
            Files.createDirectories(state.getParent());
            try (var out = Files.newOutputStream(state)) {
                ids.store(out, "scheme and job order of the last matching platform run");
            }
        }
        // --pool N measures once the pool holds N of the published candidates (all of them by default)
        run.awaitPool(token, ids.getProperty("jobOrderId"), Long.parseLong(options.getOrDefault("pool",
                ids.getProperty("candidates"))));
        // signed in again: filling a pool of 100,000 takes longer than a token lives (15 minutes)
        String fresh = run.logIn("employer");
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        run.measure(fresh, "through the gateway", run.gateway.resolve("/api/employer-matching/"),
                ids.getProperty("jobOrderId"), requests, warmup);
        if (options.containsKey("service")) {
            // the same reads sent to employer-matching itself: what the gateway adds is the difference
            run.measure(fresh, "from employer-matching directly", URI.create(options.get("service") + "/"),
                    ids.getProperty("jobOrderId"), requests, warmup);
        }
    }

    private void fill(String kafka, int count, String token, Properties ids) throws Exception {
        String schemeId = "bench-" + UUID.randomUUID();
        Properties producerSettings = new Properties();
        producerSettings.put("bootstrap.servers", kafka);
        producerSettings.put("linger.ms", "20");
        producerSettings.put("batch.size", "262144");
        producerSettings.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerSettings, new StringSerializer(),
                new StringSerializer())) {
            String scheme = Contracts.example("skills-recognition.scheme-defined.v1")
                    .replace(EXAMPLE_SCHEME, schemeId)
                    .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"");
            Contracts.requireValid(scheme);
            producer.send(new ProducerRecord<>(TOPIC, schemeId, scheme)).get();
            log("scheme " + schemeId + " published");
            await("the scheme readable", () -> get("/api/employer-matching/schemes/" + schemeId, token)
                    .statusCode() == 200);

            HttpResponse<String> registered = post("/api/employer-matching/employers", """
                    {"legalName": "Benchmark Care GmbH", "registrationNumber": "HRB 999999", "country": "DE",
                     "sector": "Hospitals", "contact": {"name": "Benchmark HR", "email": "hr@example.org"}}""",
                    token);
            log("employer registration: " + registered.statusCode());
            HttpResponse<String> opened = post("/api/employer-matching/job-orders", jobOrder(schemeId), token);
            if (opened.statusCode() != 201) {
                throw new IllegalStateException("job order not opened: " + opened.statusCode() + " " + opened.body());
            }
            String jobOrderId = json.readTree(opened.body()).get("jobOrderId").asText();
            log("job order " + jobOrderId + " opened");

            String template = Contracts.example("skills-recognition.candidate-available.v1");
            SplittableRandom random = new SplittableRandom(42);
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                String personId = String.format("bench-%s-%07d", schemeId.substring(6, 14), i);
                String event = candidate(template, personId, schemeId, random);
                if (i < 1000 || i % 100 == 0) {
                    Contracts.requireValid(event); // every record has the same shape; a sample is checked
                }
                producer.send(new ProducerRecord<>(TOPIC, personId, event));
                if ((i + 1) % 20000 == 0) {
                    log((i + 1) + " candidates published");
                }
            }
            producer.flush();
            log(count + " candidates published in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            ids.setProperty("schemeId", schemeId);
            ids.setProperty("jobOrderId", jobOrderId);
            ids.setProperty("candidates", Integer.toString(count));
            ids.setProperty("publishedAt", Instant.now().toString());
        }
    }

    private static String jobOrder(String schemeId) {
        return """
                {"schemeId": "%s", "iscoCode": "5321", "positions": 4,
                 "requiredSkills": [{"skillCode": "care.basic-nursing", "level": 3},
                                    {"skillCode": "care.mobility", "level": 2},
                                    {"skillCode": "care.hygiene", "level": 3}],
                 "language": {"language": "de", "level": "B1"},
                 "monthlyWage": {"amount": "2950.00", "currency": "EUR"}, "hoursPerWeek": 38.5, "contractMonths": 24,
                 "location": {"city": "Munich", "region": "DE-BY"},
                 "housing": {"provided": true, "description": "Furnished flat near the clinic",
                             "monthlyCostToWorker": {"amount": "350.00", "currency": "EUR"}},
                 "recruitmentCosts": [{"item": "visa fee", "amount": {"amount": "75.00", "currency": "EUR"},
                                       "paidBy": "EMPLOYER"}],
                 "startDate": "2027-09-01"}""".formatted(schemeId);
    }

    /** The contract example as skills-recognition would publish it for this person: skills, German, availability. */
    private static String candidate(String template, String personId, String schemeId, SplittableRandom random) {
        String[] levels = {"A1", "A2", "B1", "B2", "C1", "C2"};
        String skills = "[{\"skillCode\": \"care.basic-nursing\", \"level\": " + (1 + random.nextInt(5)) + "},"
                + " {\"skillCode\": \"care.mobility\", \"level\": " + (1 + random.nextInt(5)) + "},"
                + " {\"skillCode\": \"" + Workloads.SKILLS[random.nextInt(2, Workloads.SKILLS.length)]
                + "\", \"level\": " + (1 + random.nextInt(5)) + "}]";
        String languages = "[{\"language\": \"de\", \"level\": \"" + levels[random.nextInt(6)] + "\"},"
                + " {\"language\": \"en\", \"level\": \"" + levels[random.nextInt(6)] + "\"}]";
        String event = template.replace(EXAMPLE_PERSON, personId).replace(EXAMPLE_SCHEME, schemeId)
                .replaceFirst("\"eventId\": \"[^\"]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"")
                .replaceFirst("(?s)\"skills\": \\[.*?\\],\\s*\"languages\"", "\"skills\": " + skills
                        + ", \"languages\"")
                .replaceFirst("(?s)\"languages\": \\[.*?\\],\\s*\"recognition\"", "\"languages\": " + languages
                        + ", \"recognition\"")
                .replace("\"availableFrom\": \"2027-06-01\"", "\"availableFrom\": \""
                        + LocalDate.of(2027, 9, 1).plusDays(random.nextInt(-120, 120)) + "\"");
        return random.nextInt(4) == 0 ? event.replace("\"recognition\": \"FULL\"", "\"recognition\": \"PARTIAL\"")
                : event;
    }

    private void awaitPool(String token, String jobOrderId, long expected) throws Exception {
        long started = System.nanoTime();
        long last = -1;
        while (true) {
            HttpResponse<String> shortlist = get("/api/employer-matching/job-orders/" + jobOrderId
                    + "/shortlist?size=1", token);
            if (shortlist.statusCode() == 200) {
                long total = json.readTree(shortlist.body()).get("total").asLong();
                if (total != last) {
                    log("pool holds " + total + " of " + expected + " candidates of the scheme");
                    last = total;
                }
                if (total >= expected) {
                    log("pool full after " + (System.nanoTime() - started) / 1_000_000 + " ms of waiting");
                    return;
                }
            }
            Thread.sleep(5000);
        }
    }

    private void measure(String token, String route, URI base, String jobOrderId, int requests, int warmup)
            throws Exception {
        URI shortlist = base.resolve("job-orders/" + jobOrderId + "/shortlist?size=50");
        String loadBefore = load();
        long[] nanos = new long[requests];
        for (int i = -warmup; i < requests; i++) {
            long started = System.nanoTime();
            HttpResponse<String> answer = get(shortlist, token);
            long took = System.nanoTime() - started;
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("shortlist answered " + answer.statusCode() + ": " + answer.body());
            }
            if (i == 0) {
                JsonNode body = json.readTree(answer.body());
                log("a shortlist: " + body.get("items").size() + " items of " + body.get("total") + ", "
                        + answer.body().length() + " bytes; first: " + body.get("items").get(0).toString());
            }
            if (i >= 0) {
                nanos[i] = took;
            }
            long pause = 25_000_000 - took; // at most 40 requests a second: under the gateway's 50/s per client
            if (pause > 0) {
                Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
            }
        }
        Arrays.sort(nanos);
        System.out.printf("RESULT shortlist top 50 %s: n=%d min %.1f p50 %.1f p95 %.1f p99 %.1f"
                        + " max %.1f ms; load before %s, after %s%n", route, requests, ms(nanos[0]), ms(at(nanos, 0.50)),
                ms(at(nanos, 0.95)), ms(at(nanos, 0.99)), ms(nanos[nanos.length - 1]), loadBefore, load());
    }

    private static long at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    /** Signs in at the platform's identity service as the demo person, as the portal does (started with --demo). */
    private String logIn(String user) throws Exception {
        return PortalSignIn.embedded(gateway.getPort()).demo(user);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return get(gateway.resolve(path), token);
    }

    private HttpResponse<String> get(URI address, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(address).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body, String token) throws IOException,
            InterruptedException {
        return http.send(HttpRequest.newBuilder(gateway.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void log(String line) {
        System.out.println(Instant.now() + " " + line);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        List<String> list = new ArrayList<>(List.of(args));
        for (int i = 0; i < list.size(); i++) {
            String name = list.get(i).replaceFirst("^--", "");
            boolean hasValue = i + 1 < list.size() && !list.get(i + 1).startsWith("--");
            options.put(name, hasValue ? list.get(++i) : "true");
        }
        return options;
    }
}
