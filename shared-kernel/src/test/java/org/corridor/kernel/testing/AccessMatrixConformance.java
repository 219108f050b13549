package org.corridor.kernel.testing;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's access rules kept as data: {@code src/test/resources/access-matrix.csv} has a row
 * {@code method,path,role,expected} for every endpoint the service maps (the path template as mapped, e.g.
 * {@code /schemes/{schemeId}}), for the caller without a token ({@code NONE}) and for every role of the platform,
 * expecting {@code ALLOWED}, {@code FORBIDDEN} (403) or {@code UNAUTHENTICATED} (401). A service's test extends this
 * class. The endpoints are read from the running service, so a new endpoint without its rows fails the build; each
 * row is then sent over HTTP with a token of its role, path variables filled with a random id and, for methods
 * with a body, the body {@code {}}: a role without permission gets 403 whatever the body.
 */
@CorridorServiceTest
public abstract class AccessMatrixConformance {

    public static final String NO_TOKEN = "NONE";
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final List<String> OUT_OF_SCOPE = List.of("/actuator", "/v3/api-docs", "/swagger-ui", "/error");

    public enum Expected { ALLOWED, FORBIDDEN, UNAUTHENTICATED }

    public record Endpoint(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public record Row(Endpoint endpoint, String role, Expected expected, int line) {
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @LocalServerPort
    private int port;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Where the matrix is, relative to the module's directory. */
    protected Path matrix() {
        return Path.of("src", "test", "resources", "access-matrix.csv");
    }

    @Test
    void every_endpoint_has_a_row_for_no_token_and_for_every_role() {
        List<String> missing = missingRows(endpoints(mappings), read(matrix()));
        assertThat(missing).as("rows missing from " + matrix() + " (method,path,role,expected)").isEmpty();
    }

    @Test
    void every_row_is_about_an_endpoint_the_service_maps() {
        Set<Endpoint> mapped = endpoints(mappings);
        List<String> stale = read(matrix()).stream().filter(row -> !mapped.contains(row.endpoint()))
                .map(row -> "line " + row.line() + ": " + row.endpoint()).toList();
        assertThat(stale).as("rows of " + matrix() + " for endpoints the service does not map").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> each_role_gets_what_the_matrix_says() {
        return read(matrix()).stream().map(row -> DynamicTest.dynamicTest(
                row.endpoint() + " as " + row.role() + " is " + row.expected(), () -> check(row)));
    }

    private void check(Row row) throws IOException, InterruptedException {
        String path = row.endpoint().path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (!NO_TOKEN.equals(row.role())) {
            request.header("Authorization", TestTokens.forRole(row.role()));
        }
        if (WITH_BODY.contains(row.endpoint().method())) {
            request.header("Content-Type", "application/json")
                    .method(row.endpoint().method(), HttpRequest.BodyPublishers.ofString("{}"));
        } else {
            request.method(row.endpoint().method(), HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String what = row.endpoint() + " as " + row.role() + " (line " + row.line() + "), answered " + response.body();
        switch (row.expected()) {
            case FORBIDDEN -> assertThat(response.statusCode()).as(what).isEqualTo(403);
            case UNAUTHENTICATED -> assertThat(response.statusCode()).as(what).isEqualTo(401);
            case ALLOWED -> assertThat(response.statusCode()).as(what).isNotIn(401, 403);
        }
    }

    /** The endpoints of the service's own controllers: neither actuator, springdoc nor the error page. */
    public static Set<Endpoint> endpoints(RequestMappingHandlerMapping mappings) {
        Set<Endpoint> endpoints = new TreeSet<>((a, b) -> a.toString().compareTo(b.toString()));
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            String handlerPackage = mapping.getValue().getBeanType().getPackageName();
            if (handlerPackage.startsWith("org.springdoc") || handlerPackage.startsWith("org.springframework")) {
                continue;
            }
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            for (String path : mapping.getKey().getPatternValues()) {
                if (OUT_OF_SCOPE.stream().anyMatch(path::startsWith)) {
                    continue;
                }
                if (methods.isEmpty()) {
                    endpoints.add(new Endpoint("GET", path));
                }
                methods.forEach(method -> endpoints.add(new Endpoint(method.name(), path)));
            }
        }
        return endpoints;
    }

    /** For each endpoint without a row for {@code NONE} or for some role: "endpoint: the roles missing". */
    public static List<String> missingRows(Set<Endpoint> endpoints, List<Row> rows) {
        List<String> roles = new ArrayList<>();
        roles.add(NO_TOKEN);
        roles.addAll(TestTokens.ROLES);
        Map<Endpoint, Set<String>> covered = rows.stream().collect(Collectors.groupingBy(Row::endpoint,
                Collectors.mapping(Row::role, Collectors.toSet())));
        List<String> missing = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            Set<String> present = covered.getOrDefault(endpoint, Set.of());
            List<String> absent = roles.stream().filter(role -> !present.contains(role)).toList();
            if (!absent.isEmpty()) {
                missing.add(endpoint + ": no row for " + String.join(", ", absent));
            }
        }
        return missing;
    }

    /** Reads a matrix: a header line, then {@code method,path,role,expected}; blank lines and {@code #} comments skipped. */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("No access matrix at " + file.toAbsolutePath()
                    + ": write one row method,path,role,expected per endpoint and role", e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != 4) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected method,path,role,expected "
                        + "but found " + line);
            }
            String role = cells[2].strip();
            if (!NO_TOKEN.equals(role) && !TestTokens.ROLES.contains(role)) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": unknown role " + role
                        + "; use NONE or one of " + TestTokens.ROLES);
            }
            Expected expected;
            try {
                expected = Expected.valueOf(cells[3].strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected must be ALLOWED, "
                        + "FORBIDDEN or UNAUTHENTICATED, not " + cells[3].strip(), e);
            }
            rows.add(new Row(new Endpoint(cells[0].strip().toUpperCase(), cells[1].strip()), role, expected, i + 1));
        }
        return rows;
    }
}
