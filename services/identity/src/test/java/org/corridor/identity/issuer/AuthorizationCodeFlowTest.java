package org.corridor.identity.issuer;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.corridor.identity.Browser;
import org.corridor.identity.People;
import org.corridor.identity.account.IdentityProperties;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.testing.CorridorServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The portal signs a person in with authorization code and PKCE, over real HTTP, and a service checks the token
 * the way the kernel does: discovery, then the issuer's keys.
 */
@CorridorServiceTest
class AuthorizationCodeFlowTest {

    static final String PASSWORD = "clerk passphrase for tests";

    @LocalServerPort
    int port;

    @Autowired
    IdentityProperties properties;

    Browser browser;
    JwtDecoder asAService;

    @BeforeEach
    void setUp() {
        browser = new Browser(port, "198.51.100.10");
        asAService = NimbusJwtDecoder.withIssuerLocation(browser.base()).build();
    }

    @Test
    void discovery_announces_the_issuer_its_keys_and_pkce() {
        JsonNode discovery = Browser.json(browser.get("/.well-known/openid-configuration").body());
        assertThat(discovery.get("issuer").asText()).isEqualTo(browser.base());
        assertThat(discovery.get("jwks_uri").asText()).isEqualTo(browser.base() + "/oauth2/jwks");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
        JsonNode keys = Browser.json(browser.get("/oauth2/jwks").body()).get("keys");
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).get("kty").asText()).isEqualTo("RSA");
        assertThat(keys.get(0).has("d")).as("no private part in the published key").isFalse();
    }

    @Test
    void a_clerk_signs_in_with_pkce_and_a_service_accepts_the_token_with_the_claims_caller_reads() {
        String admin = People.adminToken(browser, properties);
        String clerk = People.person(browser, admin, "ORIGIN_AGENCY", "origin-agency-ph", "PH", PASSWORD);

        Browser.Pkce pkce = Browser.Pkce.create();
        Map<String, String> back = browser.authorize(clerk, PASSWORD, pkce);
        assertThat(back).containsEntry("state", "state-1").containsKey("code");
        HttpResponse<String> tokens = browser.exchange(back.get("code"), Browser.CALLBACK, pkce.verifier());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode answer = Browser.json(tokens.body());
        assertThat(answer.has("id_token")).isTrue();

        Jwt jwt = asAService.decode(answer.get("access_token").asText());
        Caller caller = Caller.of(jwt);
        assertThat(caller.roles()).containsExactly("ORIGIN_AGENCY");
        assertThat(caller.organisation()).isEqualTo("origin-agency-ph");
        assertThat(caller.country()).isEqualTo("PH");
        assertThat(caller.personId()).isNull();
        assertThat(caller.userId()).isNotBlank().isNotEqualTo(clerk);
        assertThat(jwt.getIssuer().toString()).isEqualTo(browser.base());

        Jwt idToken = asAService.decode(answer.get("id_token").asText());
        assertThat(idToken.getClaimAsString("preferred_username")).isEqualTo(clerk);
    }

    @Test
    void a_code_is_not_exchanged_without_the_verifier_nor_with_a_wrong_one() {
        String admin = People.adminToken(browser, properties);
        String clerk = People.person(browser, admin, "TRAINING_PROVIDER", "provider-ph", null, PASSWORD);
        Browser.Pkce pkce = Browser.Pkce.create();
        String code = browser.authorize(clerk, PASSWORD, pkce).get("code");

        HttpResponse<String> withoutVerifier = browser.exchange(code, Browser.CALLBACK, null);
        assertThat(withoutVerifier.statusCode()).isIn(400, 401);
        assertThat(withoutVerifier.body()).contains("invalid_client").doesNotContain("access_token");

        Browser.Pkce other = Browser.Pkce.create();
        Browser.Pkce again = Browser.Pkce.create();
        String second = browser.fresh().authorize(clerk, PASSWORD, again).get("code");
        HttpResponse<String> wrongVerifier = browser.exchange(second, Browser.CALLBACK, other.verifier());
        assertThat(wrongVerifier.statusCode()).isEqualTo(400);
        assertThat(wrongVerifier.body()).contains("invalid_grant").doesNotContain("access_token");
    }

    @Test
    void an_authorization_request_without_a_challenge_or_to_another_redirect_uri_is_refused() {
        HttpResponse<String> otherRedirect = browser.get(
                browser.authorizeUrl("http://127.0.0.1:9999/elsewhere", Browser.Pkce.create(), "s"),
                "Accept", "text/html");
        assertThat(otherRedirect.statusCode()).isEqualTo(400);
        assertThat(otherRedirect.headers().firstValue("Location")).isEmpty();

        HttpResponse<String> noChallenge = browser.get(browser.authorizeUrl(Browser.CALLBACK, null, "s"),
                "Accept", "text/html");
        assertThat(noChallenge.statusCode()).isEqualTo(302);
        assertThat(noChallenge.headers().firstValue("Location").orElseThrow())
                .startsWith(Browser.CALLBACK + "?error=invalid_request");
    }

    @Test
    void a_code_is_not_exchanged_for_another_redirect_uri() {
        String admin = People.adminToken(browser, properties);
        String clerk = People.person(browser, admin, "ORIGIN_AGENCY", "origin-agency-ph", "PH", PASSWORD);
        Browser.Pkce pkce = Browser.Pkce.create();
        String code = browser.authorize(clerk, PASSWORD, pkce).get("code");
        HttpResponse<String> exchanged = browser.exchange(code, "http://127.0.0.1:9999/elsewhere", pkce.verifier());
        assertThat(exchanged.statusCode()).isEqualTo(400);
        assertThat(exchanged.body()).contains("invalid_grant");
    }

    @Test
    void a_token_with_alg_none_or_signed_by_another_key_is_refused_by_services_and_by_this_api() throws Exception {
        String admin = People.adminToken(browser, properties);
        Jwt real = asAService.decode(admin);
        String payload = admin.split("\\.")[1];

        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + payload + ".";
        assertThatThrownBy(() -> asAService.decode(unsigned)).isInstanceOf(JwtException.class);

        String kid = Browser.json(browser.get("/oauth2/jwks").body()).get("keys").get(0).get("kid").asText();
        RSAKey impostor = new RSAKeyGenerator(2048).keyID(kid).generate();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(),
                JWTClaimsSet.parse(real.getClaims().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, e -> e.getValue() instanceof java.time.Instant i ? i.getEpochSecond()
                                : e.getValue() instanceof java.net.URL u ? u.toString() : e.getValue()))));
        forged.sign(new RSASSASigner(impostor));
        String wronglySigned = forged.serialize();
        assertThatThrownBy(() -> asAService.decode(wronglySigned)).isInstanceOf(JwtException.class);

        assertThat(browser.getJson("/accounts", admin).statusCode()).isEqualTo(200);
        assertThat(browser.getJson("/accounts", unsigned).statusCode()).isEqualTo(401);
        assertThat(browser.getJson("/accounts", wronglySigned).statusCode()).isEqualTo(401);
    }
}
