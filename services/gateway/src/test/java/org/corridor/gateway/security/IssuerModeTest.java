package org.corridor.gateway.security;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production mode: tokens come from an OpenID Connect issuer (WireMock serving discovery and keys), the HMAC
 * secret is unset. The one test class with its own context.
 */
class IssuerModeTest extends RunningGateway {

    private static final WireMockServer IDENTITY_PROVIDER = new WireMockServer(wireMockConfig().dynamicPort());
    private static final RSAKey SIGNING_KEY = rsaKey("corridor-1");
    private static final String ISSUER;

    static {
        IDENTITY_PROVIDER.start();
        Runtime.getRuntime().addShutdownHook(new Thread(IDENTITY_PROVIDER::stop));
        ISSUER = IDENTITY_PROVIDER.baseUrl() + "/realms/corridor";
        IDENTITY_PROVIDER.stubFor(get(urlEqualTo("/realms/corridor/.well-known/openid-configuration"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"issuer":"%s","jwks_uri":"%s/protocol/openid-connect/certs",
                         "authorization_endpoint":"%s/protocol/openid-connect/auth",
                         "token_endpoint":"%s/protocol/openid-connect/token",
                         "subject_types_supported":["public"],
                         "id_token_signing_alg_values_supported":["RS256"]}
                        """.formatted(ISSUER, ISSUER, ISSUER, ISSUER))));
        IDENTITY_PROVIDER.stubFor(get(urlEqualTo("/realms/corridor/protocol/openid-connect/certs"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(new JWKSet(SIGNING_KEY.toPublicJWK()).toString())));
    }

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("corridor.security.jwt.hmac-secret", () -> "");
        registry.add("corridor.security.jwt.issuer-uri", () -> ISSUER);
    }

    @Test
    void aTokenFromTheIssuerIsAccepted() {
        DownstreamStubs.service("visa-permit-tracking").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));

        HttpResponse<String> response = gateway.getWithToken("/api/visa-permit-tracking/permit-applications",
                issuerToken(SIGNING_KEY, ISSUER));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void aTokenNamingAnotherIssuerIsRefused() {
        HttpResponse<String> response = gateway.getWithToken("/api/visa-permit-tracking/permit-applications",
                issuerToken(SIGNING_KEY, "https://elsewhere.example.org/realms/corridor"));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenSignedWithAKeyTheIssuerDoesNotPublishIsRefused() {
        HttpResponse<String> response = gateway.getWithToken("/api/visa-permit-tracking/permit-applications",
                issuerToken(rsaKey("corridor-1"), ISSUER));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void anEmbeddedHmacTokenIsRefusedInProduction() {
        HttpResponse<String> response = gateway.getWithToken("/api/visa-permit-tracking/permit-applications",
                Tokens.valid());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:corridor:problem:unauthenticated");
    }

    private static String issuerToken(RSAKey key, String issuer) {
        try {
            return Tokens.sign(new RSASSASigner(key), JWSAlgorithm.RS256, key.getKeyID(),
                    Tokens.claims(Tokens.newSubject(), Instant.now().plus(Duration.ofMinutes(10)))
                            .issuer(issuer).build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey rsaKey(String keyId) {
        try {
            return new RSAKeyGenerator(2048).keyID(keyId).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
