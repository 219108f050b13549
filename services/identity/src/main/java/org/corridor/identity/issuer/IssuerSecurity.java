package org.corridor.identity.issuer;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.corridor.identity.account.IdentityProperties;
import org.corridor.identity.account.store.Accounts;
import org.corridor.kernel.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.corridor.identity.signin.SignInFailure;
import org.corridor.identity.signin.SignedInAccount;
import org.corridor.kernel.security.Caller;
import org.corridor.kernel.security.JwtSecurityProperties;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

/**
 * The OpenID Connect issuer (Spring Authorization Server): discovery, JWKS, authorization code with PKCE for the
 * portal, client credentials for machines, and the claims every service's {@link Caller} reads. Five filter
 * chains, first match wins: the issuer's endpoints; the sign-in form (a browser session); the self-service
 * endpoints that need no token (employer registration, activation, password setup); erasure receipts (a receipt
 * code or a token); then the kernel's chain, which checks bearer tokens for the administration API like in every
 * service.
 */
@Configuration
class IssuerSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain issuerEndpoints(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer issuer = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(issuer.getEndpointsMatcher())
                .with(issuer, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(server -> server.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInForm(HttpSecurity http) throws Exception {
        http.securityMatcher("/login", "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage("/login").failureHandler(new SignInFailure()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain selfService(HttpSecurity http) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        http.securityMatcher(new OrRequestMatcher(
                        paths.matcher(HttpMethod.POST, "/employer-registrations"),
                        paths.matcher(HttpMethod.POST, "/activations"),
                        paths.matcher(HttpMethod.POST, "/password-resets")))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /**
     * An erasure receipt: read with its receipt code and no token (the person's account is gone), or with the token
     * of an origin agency of the person's country; the controller decides which, so no token is required here, but
     * a token that is sent must be valid.
     */
    @Bean
    @Order(4)
    SecurityFilterChain erasureReceiptChain(HttpSecurity http, JwtAuthenticationConverter roles, ObjectMapper json)
            throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setHeader("WWW-Authenticate", "Bearer");
            json.writeValue(response.getOutputStream(), Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "Unauthorized", "This token is not valid; sign in again, or give the receipt code alone."));
        };
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/erasures/*"))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(unauthenticated));
        return http.build();
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        JWKSet keys = SigningKeys.load(properties.signingKey(), properties.dataDir());
        return new ImmutableJWKSet<>(keys);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties, PasswordEncoder passwords) {
        List<RegisteredClient> clients = ClientRegistrations.of(properties, passwords);
        if (clients.isEmpty()) {
            throw new IllegalStateException("No OAuth2 client configured: set corridor.identity.clients (see "
                    + "services/identity/README.md)");
        }
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** Access and ID tokens carry what {@link Caller} reads: roles, org, country and, for workers, person. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(Accounts accounts) {
        return context -> {
            if (context.getPrincipal().getPrincipal() instanceof SignedInAccount account) {
                // A browser session outlives an erased account (and its user name may be someone else's now).
                if (accounts.find(account.username()).filter(found -> found.subject().equals(account.subject()))
                        .isEmpty()) {
                    throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                            "This account no longer exists; sign in again.", null));
                }
                context.getClaims().claim(Caller.ROLES_CLAIM, account.roles());
                if (account.organisation() != null) {
                    context.getClaims().claim(Caller.ORGANISATION_CLAIM, account.organisation());
                }
                if (account.country() != null) {
                    context.getClaims().claim(Caller.COUNTRY_CLAIM, account.country());
                }
                if (account.person() != null) {
                    context.getClaims().claim(Caller.PERSON_CLAIM, account.person());
                }
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    context.getClaims().claim("preferred_username", account.username());
                }
            } else if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                RegisteredClient client = context.getRegisteredClient();
                context.getClaims().claim(Caller.ROLES_CLAIM,
                        client.getClientSettings().<List<String>>getSetting(ClientRegistrations.ROLES));
                String organisation = client.getClientSettings().getSetting(ClientRegistrations.ORGANISATION);
                if (organisation != null) {
                    context.getClaims().claim(Caller.ORGANISATION_CLAIM, organisation);
                }
                String country = client.getClientSettings().getSetting(ClientRegistrations.COUNTRY);
                if (country != null) {
                    context.getClaims().claim(Caller.COUNTRY_CLAIM, country);
                }
            }
        };
    }

    /**
     * How this service checks bearer tokens on its own API: tokens it signed, checked against its own keys (not
     * through discovery of itself), and, while the platform still signs with the embedded shared secret of ADR 6
     * ({@code CORRIDOR_JWT_SECRET}), tokens signed with that. {@code alg: none} and any other algorithm are refused.
     */
    @Bean
    @Primary
    JwtDecoder identityJwtDecoder(JWKSource<SecurityContext> keys, IdentityProperties properties,
                                  JwtSecurityProperties platform) {
        DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> {
        });
        NimbusJwtDecoder own = new NimbusJwtDecoder(processor);
        own.setJwtValidator(properties.issuer() == null || properties.issuer().isBlank()
                ? JwtValidators.createDefault() : JwtValidators.createDefaultWithIssuer(properties.issuer()));
        NimbusJwtDecoder shared = platform.hmacSecret() == null || platform.hmacSecret().isBlank() ? null
                : NimbusJwtDecoder.withSecretKey(new SecretKeySpec(
                        platform.hmacSecret().getBytes(StandardCharsets.UTF_8), "HmacSHA256")).build();
        return token -> {
            String algorithm;
            try {
                algorithm = JWTParser.parse(token).getHeader().getAlgorithm().getName();
            } catch (ParseException | RuntimeException e) {
                throw new BadJwtException("Malformed token");
            }
            if (JWSAlgorithm.HS256.getName().equals(algorithm) && shared != null) {
                return shared.decode(token);
            }
            return own.decode(token);
        };
    }

    /**
     * The kernel's token check of other services would look this issuer up over HTTP at start, before it listens;
     * this service checks its tokens with {@link #identityJwtDecoder} instead, so the kernel's is not created.
     */
    @Bean
    static BeanDefinitionRegistryPostProcessor withoutKernelJwtDecoder() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                if (registry.containsBeanDefinition("jwtDecoder")) {
                    registry.removeBeanDefinition("jwtDecoder");
                }
            }

            @Override
            public void postProcessBeanFactory(
                    org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            }
        };
    }

    /** The issuer's own userinfo endpoint reads roles like every service does. */
    @Bean
    JwtAuthenticationConverter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(Caller.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }
}
