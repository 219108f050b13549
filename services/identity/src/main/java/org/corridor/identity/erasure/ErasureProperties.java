package org.corridor.identity.erasure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;

/**
 * {@code corridor.identity.erasure.services}: the services whose answers complete an erasure request (identity's own
 * among them). A request keeps the list it was made with.
 */
@ConfigurationProperties("corridor.identity.erasure")
public record ErasureProperties(@DefaultValue({"skills-recognition", "employer-matching", "visa-permit-tracking",
        "return-reintegration", "identity"}) List<String> services) {

    public ErasureProperties {
        if (services == null || services.isEmpty()) {
            throw new IllegalArgumentException("corridor.identity.erasure.services: name at least one service");
        }
        services = List.copyOf(services);
    }
}
