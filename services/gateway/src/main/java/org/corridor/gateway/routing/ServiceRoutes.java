package org.corridor.gateway.routing;

import org.corridor.gateway.correlation.CorrelationIdFilter;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

import java.net.URI;
import java.util.Map;

import static org.springframework.cloud.gateway.server.mvc.filter.AfterFilterFunctions.removeResponseHeader;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.stripPrefix;
import static org.springframework.cloud.gateway.server.mvc.filter.BeforeFilterFunctions.uri;
import static org.springframework.cloud.gateway.server.mvc.filter.CircuitBreakerFilterFunctions.circuitBreaker;
import static org.springframework.cloud.gateway.server.mvc.handler.GatewayRouterFunctions.route;
import static org.springframework.cloud.gateway.server.mvc.handler.HandlerFunctions.http;
import static org.springframework.web.servlet.function.RequestPredicates.path;

/**
 * One route per service: {@code /api/<name>/**} to its base URL with {@code /api/<name>} stripped, behind a
 * circuit breaker named after the service (Resilience4j; time limit and thresholds in {@code application.yml}).
 * Headers, Authorization and {@code X-Correlation-Id} included, travel as they came.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DownstreamServices.class)
class ServiceRoutes {

    static final String FALLBACK_PATH = "/fallback/";

    @Bean
    RouterFunction<ServerResponse> routesToServices(DownstreamServices downstream) {
        RouterFunction<ServerResponse> routes = null;
        for (Map.Entry<String, URI> service : downstream.services().entrySet()) {
            RouterFunction<ServerResponse> route = routeTo(service.getKey(), service.getValue());
            routes = routes == null ? route : routes.and(route);
        }
        return routes;
    }

    // Filters wrap in the order declared: the breaker (and its time limit) encloses the proxied call only.
    private static RouterFunction<ServerResponse> routeTo(String name, URI baseUrl) {
        return route(name)
                .route(path("/api/" + name + "/**"), http())
                .before(uri(baseUrl))
                .before(stripPrefix(2))
                .filter(circuitBreaker(breaker -> breaker.setId(name)
                        .setFallbackUri("forward:" + FALLBACK_PATH + name)))
                // The gateway already echoes the id; the service's echo would only repeat it.
                .after(removeResponseHeader(CorrelationIdFilter.HEADER))
                .build();
    }
}
