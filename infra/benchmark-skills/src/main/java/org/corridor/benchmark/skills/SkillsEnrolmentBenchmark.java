package org.corridor.benchmark.skills;

import org.corridor.platform.PortalSignIn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Against a running platform, through its gateway: an agency clerk uploads a CSV file of {@code --rows} rows
 * ({@code --bad-share} of them bad) as an enrolment import, timed from the upload until the trainee search shows
 * every good row; then the clerk's trainee searches, {@code --searches} of them one after the other over a mix of
 * queries, with the scheme holding {@code --trainees} trainees. Writes its section of {@code docs/benchmarks.md}.
 */
public final class SkillsEnrolmentBenchmark {

    static final String SERVICE = "/api/skills-recognition";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofMinutes(30);
    static final long SEARCH_INTERVAL_MILLIS = 25;

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SkillsEnrolmentBenchmark(Options options) {
        this.options = options;
    }

    record Options(URI target, int rows, double badShare, int trainees, int searches, Path docs, String note,
                   List<String> arguments) {

        static Options parse(String[] args) {
            Map<String, String> given = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 >= args.length) {
                    throw new IllegalArgumentException("options come as --name value; got " + args[i]);
                }
                given.put(args[i].substring(2), args[++i]);
            }
            if (!given.containsKey("target")) {
                throw new IllegalArgumentException("--target http://localhost:PORT (the gateway) is required");
            }
            return new Options(URI.create(given.get("target")), Integer.parseInt(given.getOrDefault("rows", "10000")),
                    Double.parseDouble(given.getOrDefault("bad-share", "0.02")),
                    Integer.parseInt(given.getOrDefault("trainees", "10000")),
                    Integer.parseInt(given.getOrDefault("searches", "2000")),
                    Path.of(given.getOrDefault("docs", "docs/benchmarks.md")), given.getOrDefault("note", ""),
                    List.of(args));
        }
    }

    /** What one run measured. */
    record Result(Instant started, String loadBefore, String loadAfter, String machine, int rows, int goodRows,
                  int badRows, Duration uploadAnswered, Duration importFinished, Duration readModelComplete,
                  long enrolled, long refused, long alreadyEnrolled, List<String> discrepancies, long traineesInScheme,
                  Percentiles search, Map<String, Percentiles> searchByKind, int searchFailures, String arguments,
                  String note) {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Result result = new SkillsEnrolmentBenchmark(options).run();
        String markdown = Report.render(result);
        Section.write(options.docs(), markdown);
        System.out.println(markdown);
    }

    Result run() throws IOException, InterruptedException {
        Instant started = Instant.now();
        String loadBefore = Report.loadAverage();
        String admin = logIn("admin", "demo-admin");
        String agency = logIn("agency", "demo-agency");
        String schemeId = defineScheme(admin, Math.max(options.trainees(), options.rows()) * 2);
        String run = UUID.randomUUID().toString().substring(0, 6);
        EnrolmentFile file = EnrolmentFile.generate(options.rows(), options.badShare(), run, 42);
        System.out.printf("scheme %s; uploading %,d rows (%d bad)%n", schemeId, file.rows(), file.badLines().size());

        long t0 = System.nanoTime();
        String importId = upload(agency, schemeId, file.bytes());
        Duration answered = Duration.ofNanos(System.nanoTime() - t0);
        JsonNode done = awaitImport(agency, importId);
        Duration finished = Duration.ofNanos(System.nanoTime() - t0);
        long shown = awaitTrainees(agency, schemeId, done.path("enrolled").asLong());
        Duration complete = Duration.ofNanos(System.nanoTime() - t0);
        System.out.printf("import finished after %d ms (%d enrolled, %d refused), read model complete after %d ms%n",
                finished.toMillis(), done.path("enrolled").asLong(), done.path("refused").asLong(), complete.toMillis());
        List<String> discrepancies = check(agency, importId, file, done, shown);

        long inScheme = shown;
        if (inScheme < options.trainees()) {
            EnrolmentFile topUp = EnrolmentFile.generate((int) (options.trainees() - inScheme), 0, run + "t", 43);
            JsonNode more = awaitImport(agency, upload(agency, schemeId, topUp.bytes()));
            inScheme = awaitTrainees(agency, schemeId, inScheme + more.path("enrolled").asLong());
        }
        System.out.printf("searching %,d times over %,d trainees%n", options.searches(), inScheme);
        SearchMix mix = new SearchMix(schemeId, file.fragments(), 7);
        for (int i = 0; i < warmUp(options.searches()); i++) {
            long start = System.nanoTime();
            search(agency, mix.next());
            pace(System.nanoTime() - start);
        }
        long[] all = new long[options.searches()];
        Map<String, List<Long>> byKind = new LinkedHashMap<>();
        int failures = 0;
        Map<Integer, Integer> failedBy = new TreeMap<>();
        for (int i = 0; i < options.searches(); i++) {
            SearchMix.Query query = mix.next();
            long start = System.nanoTime();
            int status = search(agency, query);
            long took = System.nanoTime() - start;
            long micros = took / 1000;
            all[i] = micros;
            byKind.computeIfAbsent(query.kind(), k -> new ArrayList<>()).add(micros);
            if (status != 200) {
                failures++;
                failedBy.merge(status, 1, Integer::sum);
            }
            pace(took);
        }
        if (failures > 0) {
            System.out.println("failed searches by status (-1: no answer): " + failedBy);
        }
        Map<String, Percentiles> kinds = new LinkedHashMap<>();
        byKind.forEach((kind, samples) -> kinds.put(kind,
                Percentiles.of(samples.stream().mapToLong(Long::longValue).toArray())));
        return new Result(started, loadBefore, Report.loadAverage(), Report.machine(), file.rows(), file.goodRows(),
                file.badLines().size(), answered, finished, complete, done.path("enrolled").asLong(),
                done.path("refused").asLong(), done.path("alreadyEnrolled").asLong(), discrepancies, inScheme,
                Percentiles.of(all), kinds, failures, commandLine(options.arguments()), options.note());
    }

    /** The arguments as a shell would take them again: those with spaces in single quotes. */
    static String commandLine(List<String> arguments) {
        return String.join(" ", arguments.stream().map(a -> a.contains(" ") || a.contains("`")
                ? "'" + a.replace("'", "'\\''") + "'" : a).toList());
    }

    /** Searches made before the measured ones: a tenth of them, at most 100. */
    static int warmUp(int searches) {
        return Math.min(100, searches / 10);
    }

    private List<String> check(String token, String importId, EnrolmentFile file, JsonNode done, long shown)
            throws IOException, InterruptedException {
        List<String> found = new ArrayList<>();
        if (done.path("enrolled").asLong() != file.goodRows()) {
            found.add("enrolled " + done.path("enrolled").asLong() + " of " + file.goodRows() + " good rows");
        }
        if (shown < file.goodRows()) {
            found.add("the search shows " + shown + " of " + file.goodRows() + " good rows");
        }
        List<Integer> refusedLines = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode rows = get(token, SERVICE + "/enrolment-imports/" + importId + "?rows=REFUSED&size=500&page=" + page)
                    .path("rows");
            rows.path("items").forEach(r -> refusedLines.add(r.path("line").asInt()));
            if ((long) (page + 1) * 500 >= rows.path("total").asLong()) {
                break;
            }
        }
        if (!refusedLines.equals(file.badLines())) {
            found.add("refused lines differ from the bad lines: " + refusedLines.size() + " refused, "
                    + file.badLines().size() + " bad");
        }
        return found;
    }

    /** Signs in at the platform's identity service as the demo person, as the portal does (started with --demo). */
    private String logIn(String user, String password) throws IOException, InterruptedException {
        return PortalSignIn.embedded(options.target().getPort()).accessToken(user, password);
    }

    private String defineScheme(String token, int places) throws IOException, InterruptedException {
        String occupations = String.join(",", EnrolmentFile.OCCUPATIONS.stream().map(code -> """
                {"iscoCode": "%s", "title": "Care occupation %s",
                 "monthlyWageFloor": {"amount": "2650.00", "currency": "EUR"},
                 "requiredSkills": [{"skillCode": "care.basic", "label": "Basic care", "level": 3}]}""".formatted(code, code))
                .toList());
        String scheme = """
                {"name": "Benchmark scheme %s", "originCountry": "PH", "destinationCountry": "DE",
                 "trainingStandard": "Pflegefachassistenz, German B1", "occupations": [%s],
                 "quotas": [{"track": "AWAY", "places": %d}, {"track": "HOME", "places": %d}]}"""
                .formatted(UUID.randomUUID(), occupations, places, places);
        HttpResponse<String> response = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            // a service just started may answer its first requests too late for the gateway: a new scheme each time
            response = http.send(request(token, SERVICE + "/schemes").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(scheme.replace("Benchmark scheme", "Benchmark scheme "
                            + attempt))).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                return JSON.readTree(response.body()).path("schemeId").asText();
            }
            Thread.sleep(3000);
        }
        throw new IOException("defining the scheme answered " + response.statusCode() + ": " + response.body());
    }

    private String upload(String token, String schemeId, byte[] csv) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(token, SERVICE + "/schemes/" + schemeId
                        + "/enrolment-imports").header("Content-Type", "text/csv")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IOException("the upload answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("importId").asText();
    }

    private JsonNode awaitImport(String token, String importId) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long reported = 0;
        while (System.nanoTime() < deadline) {
            JsonNode state = get(token, SERVICE + "/enrolment-imports/" + importId + "?size=0");
            if (state.path("finished").asBoolean()) {
                if (!"FINISHED".equals(state.path("status").asText())) {
                    throw new IOException("the import ended " + state.path("status").asText() + ": "
                            + state.path("failure").asText());
                }
                return state;
            }
            long read = state.path("rowsRead").asLong();
            if (read - reported >= 1000) {
                System.out.printf("  %,d rows read, %,d enrolled%n", read, state.path("enrolled").asLong());
                reported = read;
            }
            Thread.sleep(100);
        }
        throw new IOException("the import did not finish within " + WAIT);
    }

    private long awaitTrainees(String token, String schemeId, long expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        long total = 0;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = http.send(request(token, SERVICE + "/trainees?schemeId=" + schemeId
                    + "&size=1").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                total = JSON.readTree(response.body()).path("total").asLong();
                if (total >= expected) {
                    return total;
                }
            }
            Thread.sleep(50);
        }
        return total;
    }

    /**
     * The search's status: anything but 200 is a failed search (its time still counts), -1 when there was no answer
     * (a timeout, a reset connection).
     */
    private int search(String token, SearchMix.Query query) throws InterruptedException {
        try {
            HttpResponse<String> response = http.send(request(token, SERVICE + "/trainees?" + query.queryString())
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException failed) {
            return -1;
        }
    }

    /**
     * Waits out the rest of {@value #SEARCH_INTERVAL_MILLIS} ms after a search that took {@code tookNanos}: at most
     * 40 searches a second, under the gateway's limit of 50 requests a second per client.
     */
    private static void pace(long tookNanos) throws InterruptedException {
        long pause = SEARCH_INTERVAL_MILLIS * 1_000_000L - tookNanos;
        if (pause > 0) {
            Thread.sleep(pause / 1_000_000, (int) (pause % 1_000_000));
        }
    }

    private JsonNode get(String token, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(token, path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private HttpRequest.Builder request(String token, String path) {
        return HttpRequest.newBuilder(options.target().resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
    }

    static String utc(Instant instant) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC).format(instant);
    }

    static String readOr(Path path, String fallback) {
        try {
            return Files.readString(path).strip();
        } catch (IOException e) {
            return fallback;
        }
    }
}
