package org.corridor.gateway.routing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.springframework.cloud.gateway.server.mvc.common.MvcUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.TimeoutException;

/**
 * Where a route's circuit breaker forwards when the service failed, timed out or is cut off: a 503 problem that
 * names the service. Reached only by that internal forward; security refuses direct requests.
 */
@Hidden
@RestController
class ServiceUnavailableFallback {

    private final DownstreamServices downstream;
    private final ProblemResponses problems;

    ServiceUnavailableFallback(DownstreamServices downstream, ProblemResponses problems) {
        this.downstream = downstream;
        this.problems = problems;
    }

    @RequestMapping(ServiceRoutes.FALLBACK_PATH + "{service}")
    void serviceUnavailable(@PathVariable String service, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!downstream.knows(service)) {
            problems.write(request, response, Problems.of(HttpStatus.NOT_FOUND, "not-found",
                    "No service is called " + service));
            return;
        }
        Throwable failure = (Throwable) request.getAttribute(MvcUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "The " + service + " service is unavailable: " + reason(failure) + ". Try again later.");
        problem.setProperty("service", service);
        Object originalUri = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (originalUri != null) {
            problem.setInstance(URI.create(originalUri.toString()));
        }
        problems.write(request, response, problem);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return "it has been failing, so calls to it are paused for a while";
        }
        if (failure instanceof TimeoutException) {
            return "it did not answer in time";
        }
        return "it could not be reached";
    }
}
