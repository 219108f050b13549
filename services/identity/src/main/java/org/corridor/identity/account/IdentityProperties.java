package org.corridor.identity.account;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Settings of the identity service ({@code corridor.identity.*}; see services/identity/README.md).
 *
 * @param issuer         the issuer URL tokens name ({@code iss}) and discovery announces; blank: taken from each
 *                       request (fine on one host, set it when behind a proxy)
 * @param dataDir        where the signing key, generated client secrets and the first administrator's setup code
 *                       are written ({@code ${corridor.data-dir}/identity})
 * @param signingKey     an RSA private key as a JWK (JSON) given by the environment instead of the generated file
 * @param demo           create the demo accounts of every role (known passwords, printed at start)
 * @param accessTokenTtl how long an access token is good for
 * @param setupCodeTtl   how long a one-time password setup or reset code is good for
 * @param clients        the OAuth2 clients, by client id
 * @param firstAdmin     the first scheme administrator, created when there is none
 * @param demoWorkerPerson the person id the demo worker's records carry
 */
@ConfigurationProperties("corridor.identity")
public record IdentityProperties(String issuer, Path dataDir, String signingKey, boolean demo,
                                 @DefaultValue("15m") Duration accessTokenTtl,
                                 @DefaultValue("7d") Duration setupCodeTtl,
                                 Map<String, Client> clients,
                                 @DefaultValue FirstAdmin firstAdmin,
                                 @DefaultValue("worker-1") String demoWorkerPerson) {

    public IdentityProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    public enum ClientKind { BROWSER, MACHINE }

    /**
     * An OAuth2 client. {@code BROWSER}: a public client (the portal) using authorization code with PKCE, redirected
     * only to {@code redirectUris} exactly. {@code MACHINE}: a confidential client using client credentials; its
     * tokens carry {@code roles}, {@code organisation} (or {@code org}) and {@code country}, never a person; its
     * secret comes from {@code secret} (the environment) or is generated into {@code <data-dir>/clients/<id>.secret}
     * on first start. Each can be given by the environment alone: {@code CORRIDOR_IDENTITY_CLIENTS_<ID>_KIND=machine},
     * {@code _ROLES} (comma-separated), {@code _ORG}, {@code _COUNTRY}, {@code _SECRET}.
     */
    public record Client(ClientKind kind, List<String> redirectUris, List<String> postLogoutRedirectUris,
                         List<String> roles, String organisation, String org, String country, String secret) {

        public Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
            roles = roles == null ? List.of() : List.copyOf(roles);
            // ..._ORG in the environment, as the claim is named; organisation in files.
            organisation = organisation == null || organisation.isBlank() ? org : organisation;
        }
    }

    /**
     * The first scheme administrator: its user name, organisation and (destination) country; its password from
     * {@code password} (the environment), otherwise a one-time setup code written to
     * {@code <data-dir>/first-admin-setup-code}.
     */
    public record FirstAdmin(@DefaultValue("admin") String username, @DefaultValue("scheme-admin") String organisation,
                             @DefaultValue("DE") String country, String password) {
    }
}
