package org.corridor.e2e;

import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;

/**
 * Access tokens for the people of a test the demo logins do not cover (a training provider, a recognition officer,
 * the enrolled worker with their own person id), signed with the key the launcher made for this data folder, exactly
 * as the gateway's login signs them (HS256 over the claims the services read: sub, roles, org, country, person).
 * It stands in for those people's own logins; it reads the key file an operator of the platform can read.
 */
final class PlatformTokens {

    private final byte[] key;

    PlatformTokens(Path dataDir) throws IOException {
        this.key = Files.readString(dataDir.resolve("jwt-secret"), StandardCharsets.US_ASCII).trim()
                .getBytes(StandardCharsets.UTF_8);
    }

    String token(String subject, String role, String organisation, String country, String person) {
        ObjectNode claims = Gateway.JSON.createObjectNode();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", "corridor-embedded").put("sub", subject).put("iat", now).put("exp", now + 3600);
        claims.putArray("roles").add(role);
        if (organisation != null) {
            claims.put("org", organisation);
        }
        if (country != null) {
            claims.put("country", country);
        }
        if (person != null) {
            claims.put("person", person);
        }
        String signingInput = base64Url("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + base64Url(claims.toString());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String worker(String personId) {
        return token("worker-" + personId, "WORKER", null, null, personId);
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
