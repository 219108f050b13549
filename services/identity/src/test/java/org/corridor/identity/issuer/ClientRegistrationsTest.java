package org.corridor.identity.issuer;

import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.PasswordHashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientRegistrationsTest {

    final PasswordEncoder encoder = new PasswordHashing().passwordEncoder();

    @TempDir
    Path data;

    @Test
    void a_machine_client_without_a_secret_gets_one_generated_once_and_kept_only_as_a_hash() throws Exception {
        IdentityProperties properties = properties(Map.of("robot", machine(null)));
        RegisteredClient first = ClientRegistrations.of(properties, encoder).get(0);
        String secret = Files.readString(data.resolve("clients/robot.secret")).trim();
        assertThat(first.getClientSecret()).startsWith("{argon2}").doesNotContain(secret);
        assertThat(encoder.matches(secret, first.getClientSecret())).isTrue();
        assertThat(first.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);

        Files.delete(data.resolve("clients/robot.secret"));
        RegisteredClient later = ClientRegistrations.of(properties, encoder).get(0);
        assertThat(later.getClientSecret()).isEqualTo(first.getClientSecret());
        assertThat(data.resolve("clients/robot.secret")).doesNotExist();
    }

    @Test
    void a_browser_client_is_public_requires_pkce_and_names_its_redirect_uris() {
        IdentityProperties properties = properties(Map.of("portal", new IdentityProperties.Client(
                IdentityProperties.ClientKind.BROWSER, List.of("https://portal.example/callback"), null, null, null,
                null, null)));
        RegisteredClient portal = ClientRegistrations.of(properties, encoder).get(0);
        assertThat(portal.getClientSecret()).isNull();
        assertThat(portal.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(portal.getRedirectUris()).containsExactly("https://portal.example/callback");
        assertThat(portal.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.AUTHORIZATION_CODE);
    }

    @Test
    void a_client_missing_what_it_needs_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("portal", new IdentityProperties.Client(
                IdentityProperties.ClientKind.BROWSER, null, null, null, null, null, null))), encoder))
                .hasMessageContaining("corridor.identity.clients.portal.redirect-uris");
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("robot", new IdentityProperties.Client(
                IdentityProperties.ClientKind.MACHINE, null, null, null, null, null, null))), encoder))
                .hasMessageContaining("corridor.identity.clients.robot.roles");
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("robot", machine("too-short"))), encoder))
                .hasMessageContaining("at least 24 characters");
    }

    private static IdentityProperties.Client machine(String secret) {
        return new IdentityProperties.Client(IdentityProperties.ClientKind.MACHINE, null, null, List.of("MONITOR"),
                "monitor", null, secret);
    }

    private IdentityProperties properties(Map<String, IdentityProperties.Client> clients) {
        return new IdentityProperties(null, data, null, false, Duration.ofMinutes(15), Duration.ofDays(7), clients,
                new IdentityProperties.FirstAdmin("admin", "scheme-admin", "DE", null), "worker-1");
    }
}
