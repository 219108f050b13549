package org.corridor.e2e;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The platform's access rules as data: each service's {@code src/test/resources/access-matrix.csv}, rows of
 * {@code method,path,role,expected} (the path as the service maps it, {@code NONE} for the caller without a token,
 * {@code ALLOWED}, {@code FORBIDDEN} or {@code UNAUTHENTICATED}). Each service's own test checks its matrix against
 * the service alone; the end-to-end test sends every row through the gateway.
 */
final class AccessMatrix {

    static final String NO_TOKEN = "NONE";
    static final List<String> ROLES = List.of("SCHEME_ADMIN", "ORIGIN_AGENCY", "TRAINING_PROVIDER",
            "RECOGNITION_OFFICER", "EMPLOYER", "CONSULATE", "WORKER", "COUNSELLOR", "MONITOR");
    static final List<String> SERVICES = List.of("skills-recognition", "employer-matching", "visa-permit-tracking",
            "return-reintegration", "identity");

    record Endpoint(String method, String path) implements Comparable<Endpoint> {
        @Override
        public int compareTo(Endpoint other) {
            return toString().compareTo(other.toString());
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    record Row(String service, Endpoint endpoint, String role, String expected, int line) {
    }

    private AccessMatrix() {
    }

    static List<Row> read(Path home, String service) {
        Path file = home.resolve("services").resolve(service).resolve("src/test/resources/access-matrix.csv");
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": not method,path,role,expected");
            }
            rows.add(new Row(service, new Endpoint(cells[0].strip().toUpperCase(), cells[1].strip()), cells[2].strip(),
                    cells[3].strip(), i + 1));
        }
        return rows;
    }

    /** The endpoints a service's OpenAPI document describes, as method and path template. */
    static Set<Endpoint> documented(JsonNode openApi) {
        Set<Endpoint> endpoints = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = openApi.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    endpoints.add(new Endpoint(method, path.getKey()));
                }
            }
        }
        return endpoints;
    }

    /** For each endpoint without a row for {@code NONE} or some role: "endpoint: the roles missing". */
    static List<String> missingRows(String service, Set<Endpoint> endpoints, List<Row> rows) {
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            List<String> absent = new ArrayList<>();
            for (String role : withNoToken()) {
                if (rows.stream().noneMatch(row -> row.endpoint().equals(endpoint) && row.role().equals(role))) {
                    absent.add(role);
                }
            }
            if (!absent.isEmpty()) {
                missing.add(service + " " + endpoint + ": no row for " + String.join(", ", absent));
            }
        }
        return missing;
    }

    private static List<String> withNoToken() {
        List<String> all = new ArrayList<>();
        all.add(NO_TOKEN);
        all.addAll(ROLES);
        return all;
    }
}
