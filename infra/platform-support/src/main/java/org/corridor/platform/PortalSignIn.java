package org.corridor.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Signing in at the platform's identity service as a person does, in a browser of its own (cookies kept, redirects followed by hand): the portal sends
 * the browser to the issuer's authorization endpoint with a PKCE challenge, the person fills in the sign-in form, the
 * browser comes back to the portal's callback with a code, and the portal exchanges the code and its verifier for the
 * access token it then sends to the gateway.
 */
public final class PortalSignIn {

    public static final String PORTAL = "portal";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern ALERT = Pattern.compile("<p role=\"alert\" class=\"refusal\">([^<]*)</p>");

    private final String issuer;
    private final String callback;
    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public PortalSignIn(String issuer, String callback) {
        this.issuer = issuer;
        this.callback = callback;
    }

    /** Signing in for an embedded platform whose gateway is on {@code portBase}, as the launcher registers the portal. */
    public static PortalSignIn embedded(int portBase) {
        return new PortalSignIn(IssuerTokens.embeddedIssuer(portBase),
                "http://127.0.0.1:" + portBase + "/login/callback");
    }

    /** The access token of a demo account (password {@code demo-<name>}; the platform started with {@code --demo}). */
    public String demo(String name) throws IOException, InterruptedException {
        return accessToken(name, "demo-" + name);
    }

    /** The whole flow in a fresh browser; refused with the sign-in form's message when the person is not signed in. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        PortalSignIn fresh = new PortalSignIn(issuer, callback);
        String verifier = randomUrlSafe();
        String state = UUID.randomUUID().toString();
        String authorize = fresh.authorizeUrl(challenge(verifier), state);
        expect(fresh.get(authorize), 302, "the authorization endpoint sends the browser to the sign-in form");
        String refusal = fresh.submit(username, password);
        if (refusal != null) {
            throw new IllegalStateException("signing in as " + username + " was refused: " + refusal);
        }
        HttpResponse<String> back = expect(fresh.get(authorize + "&continue"), 302, "back to the portal");
        String location = back.headers().firstValue("Location").orElse("");
        if (!location.startsWith(callback + "?")) {
            throw new IllegalStateException("the issuer sent the browser to " + location + ", not " + callback);
        }
        Map<String, String> query = query(URI.create(location).getRawQuery());
        if (!state.equals(query.get("state"))) {
            throw new IllegalStateException("the issuer answered another sign-in (state " + query.get("state") + ")");
        }
        HttpResponse<String> exchanged = expect(fresh.postForm(issuer + "/oauth2/token", Map.of(
                "grant_type", "authorization_code", "code", query.get("code"), "redirect_uri", callback,
                "client_id", PORTAL, "code_verifier", verifier)), 200, "the code exchanged for a token");
        return JSON.readTree(exchanged.body()).path("access_token").asText();
    }

    /** Sends the sign-in form once: what the form then says, or null when the person is signed in. */
    public String submit(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> form = expect(get(issuer + "/login"), 200, "the sign-in form");
        Matcher csrf = CSRF.matcher(form.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in form carries no CSRF token");
        }
        HttpResponse<String> sent = expect(postForm(issuer + "/login", Map.of("username", username,
                "password", password, "_csrf", csrf.group(1))), 302, "the sign-in form sent");
        String location = sent.headers().firstValue("Location").orElse("");
        if (!location.contains("/login?error")) {
            return null;
        }
        Matcher alert = ALERT.matcher(get(URI.create(issuer).resolve(location).toString()).body());
        if (!alert.find()) {
            throw new IllegalStateException("the sign-in page refused without saying why");
        }
        return alert.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&");
    }

    /** A browser of its own, with no session yet. */
    public PortalSignIn freshBrowser() {
        return new PortalSignIn(issuer, callback);
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status, String step) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(step + ": expected HTTP " + status + ", got " + response.statusCode()
                    + " " + response.body());
        }
        return response;
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
