package org.corridor.gateway.login;

import com.jayway.jsonpath.JsonPath;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.corridor.gateway.support.DownstreamStubs;
import org.corridor.gateway.support.RunningGateway;
import org.corridor.gateway.support.Tokens;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static org.assertj.core.api.Assertions.assertThat;

/** Demo logins are on in the shared test context; that they are off by default is checked in IssuerModeTest. */
class DemoLoginTest extends RunningGateway {

    @Test
    void aDemoLoginIssuesATokenThatTheGatewayThenAccepts() {
        HttpResponse<String> login = gateway.postJson("/auth/token", "{\"username\":\"agency\",\"password\":\"agency\"}");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(JsonPath.<String>read(login.body(), "$.token_type")).isEqualTo("Bearer");
        assertThat(JsonPath.<Integer>read(login.body(), "$.expires_in")).isEqualTo(3600);
        String token = JsonPath.read(login.body(), "$.access_token");

        DownstreamStubs.service("skills-recognition").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
        assertThat(gateway.getWithToken("/api/skills-recognition/trainees", token).statusCode()).isEqualTo(200);
        DownstreamStubs.service("skills-recognition").verify(anyRequestedFor(anyUrl())
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aDemoTokenCarriesThePersonsClaimsSignedWithTheEmbeddedSecretForOneHour() throws Exception {
        JWTClaimsSet claims = verifiedClaims(logIn("consulate", "consulate"));

        assertThat(claims.getSubject()).isEqualTo("consulate");
        assertThat(claims.getIssuer()).isEqualTo("corridor-embedded");
        assertThat(claims.getStringListClaim("roles")).containsExactly("CONSULATE");
        assertThat(claims.getStringClaim("org")).isEqualTo("de-embassy-manila");
        assertThat(claims.getStringClaim("country")).isEqualTo("DE");
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theWorkerLogsInAsWorker1() throws Exception {
        JWTClaimsSet claims = verifiedClaims(logIn("worker", "worker"));

        assertThat(claims.getSubject()).isEqualTo("worker-1");
        assertThat(claims.getStringListClaim("roles")).containsExactly("WORKER");
        assertThat(claims.getClaim("org")).isNull();
    }

    @Test
    void aWrongPasswordIsRefusedWith401Problem() {
        HttpResponse<String> response = gateway.postJson("/auth/token",
                "{\"username\":\"admin\",\"password\":\"guess\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.type")).isEqualTo("urn:corridor:problem:invalid-credentials");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void anUnknownUserIsRefusedLikeAWrongPassword() {
        HttpResponse<String> response = gateway.postJson("/auth/token",
                "{\"username\":\"mallory\",\"password\":\"mallory\"}");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(JsonPath.<String>read(response.body(), "$.detail")).isEqualTo("Unknown user name or wrong password");
    }

    @Test
    void aMissingPasswordIsRefusedWith400NamingTheField() {
        HttpResponse<String> response = gateway.postJson("/auth/token", "{\"username\":\"admin\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JsonPath.<String>read(response.body(), "$.field")).isEqualTo("password");
    }

    private String logIn(String username, String password) {
        HttpResponse<String> login = gateway.postJson("/auth/token",
                "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        assertThat(login.statusCode()).isEqualTo(200);
        return JsonPath.read(login.body(), "$.access_token");
    }

    private static JWTClaimsSet verifiedClaims(String token) throws ParseException, JOSEException {
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.verify(new MACVerifier(Tokens.SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
        return jwt.getJWTClaimsSet();
    }
}
