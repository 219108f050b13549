package org.corridor.gateway.routing;

import org.springframework.web.servlet.function.ServerResponse;

import java.util.function.Predicate;

/**
 * Counts a 5xx answer from a service as a failure of that service (Resilience4j {@code record-result-predicate}).
 * The answer itself still reaches the caller untouched, with the service's own problem details; only a storm of
 * them opens the breaker, after which the gateway answers for the service.
 */
public class ServerErrorAnswer implements Predicate<Object> {

    @Override
    public boolean test(Object result) {
        return result instanceof ServerResponse response && response.statusCode().is5xxServerError();
    }
}
