package org.corridor.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signing in as a person does, in a browser of its own (cookies kept, redirects followed by hand): the portal sends
 * the browser to the issuer's authorization endpoint with a PKCE challenge, the person fills in the sign-in form, the
 * browser comes back to the portal's callback with a code, and the portal exchanges the code and its verifier for the
 * access token it then sends to the gateway.
 */
final class SignIn {

    static final String PORTAL = "portal";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("<p role=\"alert\" class=\"refusal\">([^<]*)</p>");

    private final String issuer;
    private final String callback;
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    SignIn(String issuer, String callback) {
        this.issuer = issuer;
        this.callback = callback;
    }

    /** The access token of a demo account (password {@code demo-<name>}). */
    String demo(String name) throws IOException, InterruptedException {
        return accessToken(name, "demo-" + name);
    }

    /** The whole flow in a fresh browser; fails the test when the person is not signed in. */
    String accessToken(String username, String password) throws IOException, InterruptedException {
        SignIn fresh = new SignIn(issuer, callback);
        String verifier = randomUrlSafe();
        String state = UUID.randomUUID().toString();
        String authorize = fresh.authorizeUrl(challenge(verifier), state);
        HttpResponse<String> toForm = fresh.get(authorize);
        assertThat(toForm.statusCode()).as(toForm.body()).isEqualTo(302);
        String refusal = fresh.submit(username, password);
        assertThat(refusal).as("signed in as " + username).isNull();
        HttpResponse<String> back = fresh.get(authorize + "&continue");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(302);
        String location = back.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(callback + "?");
        Map<String, String> query = query(URI.create(location).getRawQuery());
        assertThat(query.get("state")).isEqualTo(state);
        HttpResponse<String> exchanged = fresh.postForm(issuer + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", query.get("code"), "redirect_uri", callback,
                "client_id", PORTAL, "code_verifier", verifier));
        assertThat(exchanged.statusCode()).as(exchanged.body()).isEqualTo(200);
        return Gateway.JSON.readTree(exchanged.body()).path("access_token").asText();
    }

    /** Sends the sign-in form once: what the form then says, or null when the person is signed in. */
    String submit(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = get(issuer + "/login");
        assertThat(form.statusCode()).isEqualTo(200);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the sign-in form carries its CSRF token").isTrue();
        HttpResponse<String> sent = postForm(issuer + "/login", Map.of("username", username, "password", password,
                "_csrf", csrf.group(1)));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String location = sent.headers().firstValue("Location").orElseThrow();
        if (!location.contains("/login?error")) {
            return null;
        }
        Matcher alert = ALERT.matcher(get(URI.create(issuer).resolve(location).toString()).body());
        assertThat(alert.find()).as("the sign-in page says why").isTrue();
        return alert.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** A browser of its own, with no session yet. */
    SignIn freshBrowser() {
        return new SignIn(issuer, callback);
    }

    private String authorizeUrl(String challenge, String state) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_type", "code");
        query.put("client_id", PORTAL);
        query.put("redirect_uri", callback);
        query.put("scope", "openid");
        query.put("state", state);
        query.put("code_challenge", challenge);
        query.put("code_challenge_method", "S256");
        return issuer + "/oauth2/authorize?" + query.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postForm(String url, Map<String, String> form)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String randomUrlSafe() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
