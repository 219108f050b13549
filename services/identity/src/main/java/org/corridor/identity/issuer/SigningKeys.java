package org.corridor.identity.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key tokens are signed with: given by the environment ({@code CORRIDOR_IDENTITY_SIGNING_KEY}, a private
 * JWK), or generated on first start into {@code <data-dir>/signing-key.jwk} and read from there on every later
 * start, so tokens and the keys services cached stay valid across restarts.
 */
public final class SigningKeys {

    static final String FILE = "signing-key.jwk";
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private SigningKeys() {
    }

    public static JWKSet load(String fromEnvironment, Path dataDir) {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new JWKSet(parse(fromEnvironment, "CORRIDOR_IDENTITY_SIGNING_KEY"));
        }
        Path file = dataDir.resolve(FILE);
        if (DataFiles.read(file).isEmpty()) {
            if (DataFiles.writeNew(file, generate().toJSONString())) {
                log.info("Generated the token signing key into {}", file.toAbsolutePath());
            }
        }
        return new JWKSet(parse(DataFiles.read(file).orElseThrow(), file.toString()));
    }

    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate an RSA signing key", e);
        }
    }

    private static RSAKey parse(String json, String where) {
        try {
            JWK jwk = JWK.parse(json);
            if (!(jwk instanceof RSAKey rsa) || !rsa.isPrivate()) {
                throw new IllegalStateException(where + " must hold an RSA private key as a JWK");
            }
            if (rsa.getKeyID() == null) {
                throw new IllegalStateException(where + " must give the key an id (kid)");
            }
            return rsa;
        } catch (ParseException e) {
            throw new IllegalStateException(where + " is not a JWK: " + e.getMessage(), e);
        }
    }
}
