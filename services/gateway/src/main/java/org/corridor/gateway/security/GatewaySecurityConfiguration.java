package org.corridor.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.door.DoorProperties;
import org.corridor.gateway.door.RequestSizeFilter;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.corridor.gateway.ratelimit.ClientRateLimitFilter;
import org.corridor.gateway.ratelimit.ClientRateLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.util.StringUtils;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

import java.time.Duration;
import java.util.List;

/**
 * Every {@code /api/**} call needs a valid bearer token; the services check roles themselves. Refusals are problem
 * details. The per-client rate limit sits right after token authentication, so it knows the subject, and before
 * authorization, so unauthenticated floods are limited by address too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DoorProperties.class)
public class GatewaySecurityConfiguration {

    /** The role of operators' machines (a metrics scraper): the actuator beyond health and info is theirs only. */
    static final String OPERATOR_ROLE = "OPERATOR";

    /**
     * The API answers JSON only; the OpenAPI page needs its own scripts and styles, nothing from elsewhere. No page
     * of another site may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; form-action 'self'";

    private static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html"};

    /**
     * What people do before they have an account or a token: an employer registers, a worker activates their account
     * with the code from enrolment, anyone sets a password with a one-time code, a person who asked to be forgotten
     * reads their receipt with its code. The identity service checks the codes and slows wrong ones.
     */
    private static final String[] SELF_SERVICE_POSTS = {"/api/identity/employer-registrations",
            "/api/identity/activations", "/api/identity/password-resets"};
    private static final String[] SELF_SERVICE_GETS = {"/api/identity/erasures/*"};

    /** Each service's OpenAPI document, loaded by the Swagger UI through the routes. */
    private static final String[] PUBLIC_SERVICE_DOCUMENTS = {"/api/*/v3/api-docs", "/api/*/v3/api-docs/**"};

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ProblemResponses problems, ClientRateLimits limits,
                                        MeterRegistry meters, DoorProperties door) throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .cors(cors -> cors.configurationSource(portalOnly(door)))
                // Spring Security's defaults stay on (nosniff, frame DENY, no caching, HSTS over HTTPS); these add to them.
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .authorizeHttpRequests(requests -> requests
                        // The breaker's fallback is an internal forward; errors render whatever refused the call.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/fallback/**").denyAll()
                        // Operators reach a service's actuator on its own loopback port, never through the door.
                        .requestMatchers("/api/*/actuator", "/api/*/actuator/**").denyAll()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/**").hasRole(OPERATOR_ROLE)
                        .requestMatchers(PUBLIC_SERVICE_DOCUMENTS).permitAll()
                        .requestMatchers("/api/people/me/record").hasRole("WORKER")
                        .requestMatchers(HttpMethod.POST, SELF_SERVICE_POSTS).permitAll()
                        .requestMatchers(HttpMethod.GET, SELF_SERVICE_GETS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new RequestSizeFilter(door, problems), BearerTokenAuthenticationFilter.class)
                .addFilterBefore(new IssuerUnavailableFilter(problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ClientRateLimitFilter(limits, problems, meters),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
    }

    /** Pages of the portal's own origins may call the API with a bearer token; no other site's page may. */
    private static UrlBasedCorsConfigurationSource portalOnly(DoorProperties door) {
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        if (!door.portalOrigins().isEmpty()) {
            CorsConfiguration portal = new CorsConfiguration();
            portal.setAllowedOrigins(door.portalOrigins());
            portal.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            portal.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "X-Correlation-Id",
                    "Idempotency-Key", "Receipt-Code"));
            portal.setExposedHeaders(List.of("Location", "Retry-After", "X-Correlation-Id"));
            portal.setAllowCredentials(false);
            portal.setMaxAge(Duration.ofHours(1));
            source.registerCorsConfiguration("/api/**", portal);
        }
        return source;
    }

    /** Same mapping as the services: {@code roles: ["EMPLOYER"]} becomes {@code ROLE_EMPLOYER}. */
    private static JwtAuthenticationConverter rolesAsAuthorities() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint bearer = new BearerTokenAuthenticationEntryPoint();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) -> {
            bearer.commence(request, response, failure); // status and the RFC 6750 WWW-Authenticate header
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "unauthenticated",
                    unauthenticatedDetail(failure)));
        };
    }

    private static String unauthenticatedDetail(AuthenticationException failure) {
        if (failure instanceof OAuth2AuthenticationException oauth
                && StringUtils.hasText(oauth.getError().getDescription())) {
            return "The bearer token was refused: " + oauth.getError().getDescription();
        }
        return "A valid bearer token is required";
    }

    private static AccessDeniedHandler forbidden(ProblemResponses problems) {
        BearerTokenAccessDeniedHandler bearer = new BearerTokenAccessDeniedHandler();
        return (request, response, denied) -> {
            bearer.handle(request, response, denied);
            problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                    "This path is not open to callers"));
        };
    }
}
