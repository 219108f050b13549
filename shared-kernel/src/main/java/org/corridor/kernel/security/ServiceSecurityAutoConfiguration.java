package org.corridor.kernel.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.corridor.kernel.web.Problems;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.expression.method.MethodSecurityExpressionHandler;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Every service checks the bearer token itself (the gateway checks it too): roles come from the {@code roles}
 * claim as {@code ROLE_<role>} authorities, so controllers say who may call them with {@code @PreAuthorize}, and
 * take the token's claims as a {@link Caller} parameter to scope what they do and show.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(JwtSecurityProperties.class)
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    static final String[] PUBLIC_PATHS = {"/actuator/health/**", "/actuator/info",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    /**
     * The role of the platform's operators and their machines (a Prometheus scraper with a client-credentials
     * token): the only one that reads the actuator beyond health and info. No API endpoint grants it.
     */
    public static final String OPERATOR_ROLE = "OPERATOR";

    /**
     * The shared secret (tests, and services run from an IDE next to {@code --only-infra}) or the issuer's keys. The
     * issuer is looked up at the first token, not at start, and again until that succeeds: a service starts while
     * its identity provider is still starting or down, and answers 401 meanwhile. A service may bring its own
     * decoder (the identity service checks tokens with the keys it signs with).
     */
    @Bean
    @ConditionalOnMissingBean(JwtDecoder.class)
    JwtDecoder jwtDecoder(JwtSecurityProperties properties) {
        if (properties.hmacSecret() != null && !properties.hmacSecret().isBlank()) {
            byte[] secret = properties.hmacSecret().getBytes(StandardCharsets.UTF_8);
            if (secret.length < 32) {
                throw new IllegalStateException("corridor.security.jwt.hmac-secret must be at least 32 bytes");
            }
            return NimbusJwtDecoder.withSecretKey(new SecretKeySpec(secret, "HmacSHA256")).build();
        }
        if (properties.issuerUri() != null && !properties.issuerUri().isBlank()) {
            String issuer = properties.issuerUri();
            return new SupplierJwtDecoder(() -> {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
                decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
                return decoder;
            });
        }
        throw new IllegalStateException("No way to check access tokens: set CORRIDOR_JWT_ISSUER_URI (an OpenID "
                + "Connect issuer, the platform's identity service or any other) or CORRIDOR_JWT_SECRET (tests and "
                + "services run next to --only-infra)");
    }

    /**
     * Controllers take a {@link Caller} parameter, and a caller without the role is refused (403) before the
     * request body is read or validated.
     */
    @Bean
    WebMvcConfigurer controllerSecurity(ObjectProvider<MethodSecurityExpressionHandler> expressionHandler,
                                      ApplicationContext context) {
        MethodSecurityExpressionHandler expressions = expressionHandler.getIfAvailable(() -> {
            DefaultMethodSecurityExpressionHandler defaults = new DefaultMethodSecurityExpressionHandler();
            defaults.setApplicationContext(context);
            return defaults;
        });
        AuthoriseBeforeBinding authorisation = new AuthoriseBeforeBinding(expressions);
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new CallerArgumentResolver());
            }

            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(authorisation);
            }
        };
    }

    @Bean
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, ObjectMapper objectMapper) throws Exception {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName("roles");
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(roles);

        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers("/actuator/**").hasRole(OPERATOR_ROLE)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint((request, response, e) -> writeProblem(objectMapper, response,
                                HttpStatus.UNAUTHORIZED, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> writeProblem(objectMapper, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this")))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> writeProblem(objectMapper, response,
                                HttpStatus.UNAUTHORIZED, "A valid bearer token is required"))
                        .accessDeniedHandler((request, response, e) -> writeProblem(objectMapper, response,
                                HttpStatus.FORBIDDEN, "Your role does not allow this")));
        return http.build();
    }

    private static void writeProblem(ObjectMapper objectMapper, HttpServletResponse response, HttpStatus status,
                                     String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, status == HttpStatus.UNAUTHORIZED ? "unauthenticated"
                : "forbidden", status.getReasonPhrase(), detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
