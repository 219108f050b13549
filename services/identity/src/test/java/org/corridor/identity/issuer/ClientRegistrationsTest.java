package org.corridor.identity.issuer;

import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.PasswordHashing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
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
                null, null, null)));
        RegisteredClient portal = ClientRegistrations.of(properties, encoder).get(0);
        assertThat(portal.getClientSecret()).isNull();
        assertThat(portal.getClientSettings().isRequireProofKey()).isTrue();
        assertThat(portal.getRedirectUris()).containsExactly("https://portal.example/callback");
        assertThat(portal.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.AUTHORIZATION_CODE);
    }

    @Test
    void a_client_missing_what_it_needs_stops_the_start_naming_the_setting() {
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("portal", new IdentityProperties.Client(
                IdentityProperties.ClientKind.BROWSER, null, null, null, null, null, null, null))), encoder))
                .hasMessageContaining("corridor.identity.clients.portal.redirect-uris");
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("robot", new IdentityProperties.Client(
                IdentityProperties.ClientKind.MACHINE, null, null, null, null, null, null, null))), encoder))
                .hasMessageContaining("corridor.identity.clients.robot.roles");
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("robot", machine("too-short"))), encoder))
                .hasMessageContaining("at least 24 characters");
    }

    @Test
    void a_machine_client_is_configured_from_the_environment_alone() {
        SystemEnvironmentPropertySource environment = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(
                "CORRIDOR_IDENTITY_CLIENTS_E2E_KIND", "machine",
                "CORRIDOR_IDENTITY_CLIENTS_E2E_ROLES", "SCHEME_ADMIN,ORIGIN_AGENCY",
                "CORRIDOR_IDENTITY_CLIENTS_E2E_ORG", "scheme-admin",
                "CORRIDOR_IDENTITY_CLIENTS_E2E_COUNTRY", "DE",
                "CORRIDOR_IDENTITY_CLIENTS_E2E_SECRET", "an-e2e-secret-of-at-least-24-characters"));
        Map<String, IdentityProperties.Client> clients = new Binder(ConfigurationPropertySources.from(environment))
                .bind("corridor.identity.clients", Bindable.mapOf(String.class, IdentityProperties.Client.class))
                .get();

        RegisteredClient e2e = ClientRegistrations.of(properties(clients), encoder).get(0);
        assertThat(e2e.getClientId()).isEqualTo("e2e");
        assertThat(e2e.getAuthorizationGrantTypes()).containsExactly(AuthorizationGrantType.CLIENT_CREDENTIALS);
        assertThat(e2e.getClientSettings().<List<String>>getSetting(ClientRegistrations.ROLES))
                .containsExactly("SCHEME_ADMIN", "ORIGIN_AGENCY");
        assertThat(e2e.getClientSettings().<String>getSetting(ClientRegistrations.ORGANISATION))
                .isEqualTo("scheme-admin");
        assertThat(e2e.getClientSettings().<String>getSetting(ClientRegistrations.COUNTRY)).isEqualTo("DE");
        assertThat(encoder.matches("an-e2e-secret-of-at-least-24-characters", e2e.getClientSecret())).isTrue();
    }

    @Test
    void a_machine_client_never_acts_as_a_worker() {
        IdentityProperties.Client worker = new IdentityProperties.Client(IdentityProperties.ClientKind.MACHINE, null,
                null, List.of("WORKER"), null, null, null, "a-test-secret-of-at-least-24-characters");
        assertThatThrownBy(() -> ClientRegistrations.of(properties(Map.of("robot", worker)), encoder))
                .hasMessageContaining("corridor.identity.clients.robot.roles")
                .hasMessageContaining("never acts as a worker");
    }

    private static IdentityProperties.Client machine(String secret) {
        return new IdentityProperties.Client(IdentityProperties.ClientKind.MACHINE, null, null, List.of("MONITOR"),
                "monitor", null, null, secret);
    }

    private IdentityProperties properties(Map<String, IdentityProperties.Client> clients) {
        return new IdentityProperties(null, data, null, false, Duration.ofMinutes(15), Duration.ofDays(7), clients,
                new IdentityProperties.FirstAdmin("admin", "scheme-admin", "DE", null), "worker-1");
    }
}
