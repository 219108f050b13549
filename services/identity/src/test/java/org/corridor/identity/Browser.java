package org.corridor.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's browser (cookies kept, redirects followed by hand so each step can be seen) and the portal's side of
 * authorization code with PKCE. Every request names {@code address} as the client address (X-Forwarded-For), so
 * tests that count wrong attempts per address do not disturb each other.
 */
public final class Browser {

    public static final String PORTAL = "portal";
    public static final String CALLBACK = "http://127.0.0.1:9999/login/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("<p role=\"alert\" class=\"refusal\">([^<]*)</p>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String address;
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    public Browser(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    /** Another browser at the same address, with no session yet. */
    public Browser fresh() {
        return new Browser(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), address);
    }

    public String base() {
        return base;
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        return send(request(pathOrUrl, headers).GET());
    }

    public HttpResponse<String> postJson(String path, String bearer, String json) {
        HttpRequest.Builder request = request(path, "Content-Type", "application/json", "Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public HttpResponse<String> getJson(String path, String bearer) {
        HttpRequest.Builder request = request(path, "Accept", "application/json").GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends the form once; the message the sign-in page then shows, or null when the person is signed in. */
    public String signIn(String username, String password) {
        HttpResponse<String> page = get("/login", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        HttpResponse<String> sent = postForm("/login", Map.of("username", username, "password", password,
                "_csrf", csrf(page.body())), "Accept", "text/html");
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        if (!location.contains("/login?error")) {
            return null;
        }
        Matcher alert = ALERT.matcher(get(location, "Accept", "text/html").body());
        assertThat(alert.find()).as("the sign-in page says why").isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(alert.group(1));
    }

    /** A PKCE pair: the verifier the portal keeps, and the challenge it sends. */
    public record Pkce(String verifier, String challenge) {

        public static Pkce create() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(hash));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public String authorizeUrl(String redirectUri, Pkce pkce, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", PORTAL);
        query.put("redirect_uri", redirectUri);
        query.put("scope", "openid");
        query.put("state", state);
        if (pkce != null) {
            query.put("code_challenge", pkce.challenge());
            query.put("code_challenge_method", "S256");
        }
        return "/oauth2/authorize?" + query.entrySet().stream().map(e -> e.getKey() + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /**
     * The portal sends the browser to the authorization endpoint, the person signs in on the form, and the browser
     * comes back to the portal's redirect URI: the query parameters it brings ({@code code}, {@code state}).
     */
    public Map<String, String> authorize(String username, String password, Pkce pkce) {
        HttpResponse<String> toLogin = get(authorizeUrl(CALLBACK, pkce, "state-1"), "Accept", "text/html");
        assertThat(toLogin.statusCode()).as(toLogin.body()).isEqualTo(302);
        assertThat(toLogin.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        String refusal = signIn(username, password);
        assertThat(refusal).as("signed in as " + username).isNull();
        HttpResponse<String> back = get(authorizeUrl(CALLBACK, pkce, "state-1") + "&continue", "Accept", "text/html");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(CALLBACK + "?");
        return query(URI.create(location).getRawQuery());
    }

    /** The token endpoint's answer to exchanging {@code code}; {@code verifier} null sends none. */
    public HttpResponse<String> exchange(String code, String redirectUri, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("client_id", PORTAL);
        if (verifier != null) {
            form.put("code_verifier", verifier);
        }
        return postForm("/oauth2/token", form, "Accept", "application/json");
    }

    /** Signs in through the whole browser flow and gives the access token the portal would get. */
    public String accessToken(String username, String password) {
        Pkce pkce = Pkce.create();
        Map<String, String> back = authorize(username, password, pkce);
        HttpResponse<String> tokens = exchange(back.get("code"), CALLBACK, pkce.verifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens.body()).get("access_token").asText();
    }

    public static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("the form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private HttpRequest.Builder request(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pathOrUrl.startsWith("http") ? pathOrUrl
                : base + pathOrUrl)).timeout(Duration.ofSeconds(30)).header("X-Forwarded-For", address);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
