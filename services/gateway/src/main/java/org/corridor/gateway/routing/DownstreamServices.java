package org.corridor.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The services behind the gateway, by name: {@code /api/<name>/**} goes to the base URL with the prefix stripped.
 * The name is also the circuit breaker id and the name on the OpenAPI page.
 */
@ConfigurationProperties("corridor.gateway")
public record DownstreamServices(Map<String, URI> services) {

    private static final Pattern SERVICE_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public DownstreamServices {
        if (services == null || services.isEmpty()) {
            throw new IllegalArgumentException("corridor.gateway.services must name at least one service");
        }
        services.forEach((name, baseUrl) -> {
            if (!SERVICE_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("corridor.gateway.services: '" + name
                        + "' is not a service name (lower-case words joined by hyphens)");
            }
            if (baseUrl == null || baseUrl.getHost() == null
                    || !("http".equals(baseUrl.getScheme()) || "https".equals(baseUrl.getScheme()))) {
                throw new IllegalArgumentException("corridor.gateway.services." + name
                        + ": '" + baseUrl + "' is not an http(s) base URL");
            }
        });
    }

    public boolean knows(String name) {
        return services.containsKey(name);
    }
}
