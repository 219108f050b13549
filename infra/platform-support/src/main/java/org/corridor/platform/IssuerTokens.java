package org.corridor.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Access tokens signed with the embedded identity service's own key ({@code <data-dir>/identity/signing-key.jwk}),
 * exactly as the issuer signs them: RS256 under its key id, its issuer URL, the claims the services read ({@code sub},
 * {@code roles}, {@code org}, {@code country}, {@code person}). For the tests and benchmarks of a platform on this
 * machine that act for many people (a worker per person id) whose accounts they do not set up one by one; it reads
 * a file only an operator of the platform can read.
 */
public final class IssuerTokens {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String keyId;
    private final PrivateKey key;

    private IssuerTokens(String issuer, String keyId, PrivateKey key) {
        this.issuer = issuer;
        this.keyId = keyId;
        this.key = key;
    }

    /** The key the identity service keeps in {@code dataDir}, and the issuer URL its tokens name. */
    public static IssuerTokens of(Path dataDir, String issuer) throws IOException {
        Path file = dataDir.resolve("identity").resolve("signing-key.jwk");
        JsonNode jwk = JSON.readTree(Files.readString(file));
        try {
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(
                    number(jwk, "n"), number(jwk, "e"), number(jwk, "d"), number(jwk, "p"), number(jwk, "q"),
                    number(jwk, "dp"), number(jwk, "dq"), number(jwk, "qi")));
            return new IssuerTokens(issuer, jwk.path("kid").asText(), key);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(file + " does not hold an RSA private key as a JWK", e);
        }
    }

    /** The issuer URL of an embedded platform whose gateway is on {@code portBase} (the identity service is +5). */
    public static String embeddedIssuer(int portBase) {
        return "http://127.0.0.1:" + (portBase + 5);
    }

    /** A token valid for {@code validFor} from now (negative: expired that long ago). */
    public String sign(String subject, List<String> roles, String organisation, String country, String person,
                       Duration validFor) {
        return sign(key, claims(subject, roles, organisation, country, person, validFor));
    }

    /** The claims a token of this issuer carries, for callers that sign them otherwise (tests of bad tokens). */
    public ObjectNode claims(String subject, List<String> roles, String organisation, String country, String person,
                             Duration validFor) {
        ObjectNode claims = JSON.createObjectNode();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", issuer).put("sub", subject).put("iat", now - 120).put("exp", now + validFor.toSeconds());
        roles.forEach(claims.putArray("roles")::add);
        if (organisation != null) {
            claims.put("org", organisation);
        }
        if (country != null) {
            claims.put("country", country);
        }
        if (person != null) {
            claims.put("person", person);
        }
        return claims;
    }

    /** {@code claims} signed with the issuer's key. */
    public String sign(ObjectNode claims) {
        return sign(key, claims);
    }

    /** {@code claims} signed with {@code with} under this issuer's key id (another key makes a forged token). */
    public String sign(PrivateKey with, ObjectNode claims) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String signingInput = base64Url(header) + "." + base64Url(claims.toString());
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(with);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static BigInteger number(JsonNode jwk, String member) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.path(member).asText()));
    }
}
