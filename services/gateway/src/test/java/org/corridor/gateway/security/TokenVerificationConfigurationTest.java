package org.corridor.gateway.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway starts only when it is clear which tokens to trust. */
class TokenVerificationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(TokenVerificationConfiguration.class);

    @Test
    void withNeitherSecretNorIssuerTheGatewayRefusesToStartAndSaysWhatToSet() {
        context.run(started -> {
            assertThat(started).hasFailed();
            GatewayConfigurationException refusal = refusal(started.getStartupFailure());
            assertThat(refusal.getMessage()).contains("CORRIDOR_JWT_SECRET", "CORRIDOR_JWT_ISSUER_URI");

            FailureAnalysis analysis = new GatewayConfigurationFailureAnalyzer().analyze(started.getStartupFailure());
            assertThat(analysis.getDescription()).contains("no way to check access tokens");
            assertThat(analysis.getAction()).contains("CORRIDOR_JWT_SECRET", "CORRIDOR_JWT_ISSUER_URI");
        });
    }

    @Test
    void withBothSecretAndIssuerTheGatewayRefusesToStart() {
        context.withPropertyValues("corridor.security.jwt.hmac-secret=corridor-test-secret-0123456789abcdef",
                        "corridor.security.jwt.issuer-uri=https://login.example.org/realms/corridor")
                .run(started -> assertThat(refusal(started.getStartupFailure()).getMessage())
                        .contains("Both CORRIDOR_JWT_SECRET and CORRIDOR_JWT_ISSUER_URI"));
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        context.withPropertyValues("corridor.security.jwt.hmac-secret=too-short")
                .run(started -> assertThat(refusal(started.getStartupFailure()).getMessage())
                        .contains("9 bytes long", "at least 32"));
    }

    @Test
    void aSecretStartsTheGatewayInEmbeddedMode() {
        context.withPropertyValues("corridor.security.jwt.hmac-secret=corridor-test-secret-0123456789abcdef")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    @Test
    void anIssuerStartsTheGatewayEvenWhileTheIssuerIsUnreachable() {
        context.withPropertyValues("corridor.security.jwt.issuer-uri=http://127.0.0.1:1/realms/corridor")
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(JwtDecoder.class));
    }

    private static GatewayConfigurationException refusal(Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof GatewayConfigurationException)) {
            cause = cause.getCause();
        }
        assertThat(cause).as("start-up failure caused by a refused configuration").isNotNull();
        return (GatewayConfigurationException) cause;
    }
}
