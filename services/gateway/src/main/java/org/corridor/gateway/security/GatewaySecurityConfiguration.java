package org.corridor.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.corridor.gateway.ratelimit.ClientRateLimitFilter;
import org.corridor.gateway.ratelimit.ClientRateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
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
import org.springframework.util.StringUtils;

/**
 * Every {@code /api/**} call needs a valid bearer token; the services check roles themselves. Refusals are problem
 * details. The per-client rate limit sits right after token authentication, so it knows the subject, and before
 * authorization, so unauthenticated floods are limited by address too.
 */
@Configuration(proxyBeanMethods = false)
public class GatewaySecurityConfiguration {

    private static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/info", "/v3/api-docs/**",
            "/swagger-ui/**", "/swagger-ui.html", "/auth/token"};

    /** Each service's OpenAPI document, loaded by the Swagger UI through the routes. */
    private static final String[] PUBLIC_SERVICE_DOCUMENTS = {"/api/*/v3/api-docs", "/api/*/v3/api-docs/**"};

    @Bean
    SecurityFilterChain gatewaySecurity(HttpSecurity http, ProblemResponses problems, ClientRateLimits limits,
                                        MeterRegistry meters) throws Exception {
        AuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        AccessDeniedHandler forbidden = forbidden(problems);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        // The breaker's fallback is an internal forward; errors render whatever refused the call.
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/fallback/**").denyAll()
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(PUBLIC_SERVICE_DOCUMENTS).permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesAsAuthorities()))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .addFilterBefore(new IssuerUnavailableFilter(problems), BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new ClientRateLimitFilter(limits, problems, meters),
                        BearerTokenAuthenticationFilter.class);
        return http.build();
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
