package org.corridor.identity.issuer;

import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.IdentityProperties.Client;
import org.corridor.identity.account.IdentityProperties.ClientKind;
import org.corridor.identity.account.command.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.keygen.Base64StringKeyGenerator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The OAuth2 clients from {@code corridor.identity.clients}. Browser clients are public and must prove their
 * authorization request (PKCE); machine clients authenticate with a secret kept only as a hash: from the
 * environment, or generated once into {@code <data-dir>/clients/<id>.secret} (for its operator to hand over)
 * with its hash beside it in {@code <id>.secret-hash}, which is what the issuer reads on later starts.
 */
public final class ClientRegistrations {

    public static final String ROLES = "corridor.roles";
    public static final String ORGANISATION = "corridor.organisation";
    public static final String COUNTRY = "corridor.country";
    private static final Logger log = LoggerFactory.getLogger(ClientRegistrations.class);

    private ClientRegistrations() {
    }

    public static List<RegisteredClient> of(IdentityProperties properties, PasswordEncoder encoder) {
        List<RegisteredClient> clients = new ArrayList<>();
        for (Map.Entry<String, Client> entry : properties.clients().entrySet()) {
            String id = entry.getKey();
            Client client = entry.getValue();
            if (client.kind() == null) {
                throw new IllegalStateException("corridor.identity.clients." + id + ".kind must be browser or machine");
            }
            TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenTtl()).build();
            RegisteredClient.Builder builder = RegisteredClient.withId(id).clientId(id).tokenSettings(tokens);
            if (client.kind() == ClientKind.BROWSER) {
                if (client.redirectUris().isEmpty()) {
                    throw new IllegalStateException("corridor.identity.clients." + id + ".redirect-uris: a browser "
                            + "client needs the exact addresses it may be sent back to");
                }
                builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUris(uris -> uris.addAll(client.redirectUris()))
                        .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder().requireProofKey(true)
                                .requireAuthorizationConsent(false).build());
            } else {
                if (client.roles().isEmpty()) {
                    throw new IllegalStateException("corridor.identity.clients." + id + ".roles: a machine client's "
                            + "tokens need the roles it acts with");
                }
                if (client.roles().contains(Roles.WORKER)) {
                    throw new IllegalStateException("corridor.identity.clients." + id + ".roles: a machine client "
                            + "never acts as a worker; workers get tokens only through the account they activated");
                }
                ClientSettings.Builder settings = ClientSettings.builder().setting(ROLES, client.roles());
                if (client.organisation() != null) {
                    settings.setting(ORGANISATION, client.organisation());
                }
                if (client.country() != null) {
                    settings.setting(COUNTRY, client.country());
                }
                builder.clientSecret(secretHash(id, client, properties.dataDir(), encoder))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .clientSettings(settings.build());
            }
            clients.add(builder.build());
        }
        return clients;
    }

    private static String secretHash(String id, Client client, Path dataDir, PasswordEncoder encoder) {
        if (client.secret() != null && !client.secret().isBlank()) {
            if (client.secret().length() < 24) {
                throw new IllegalStateException("the secret of client " + id + " must be at least 24 characters");
            }
            return encoder.encode(client.secret());
        }
        Path hashFile = dataDir.resolve("clients").resolve(id + ".secret-hash");
        return DataFiles.read(hashFile).orElseGet(() -> {
            String secret = new Base64StringKeyGenerator(Base64.getUrlEncoder().withoutPadding(), 32).generateKey();
            Path secretFile = dataDir.resolve("clients").resolve(id + ".secret");
            DataFiles.writeNew(secretFile, secret);
            DataFiles.writeNew(hashFile, encoder.encode(DataFiles.read(secretFile).orElseThrow()));
            log.info("Generated the secret of client {} into {} (hand it over, then delete that file; only its hash "
                    + "in {} is needed)", id, secretFile.toAbsolutePath(), hashFile.getFileName());
            return DataFiles.read(hashFile).orElseThrow();
        });
    }
}
