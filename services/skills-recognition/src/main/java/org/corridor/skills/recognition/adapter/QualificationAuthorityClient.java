package org.corridor.skills.recognition.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.corridor.skills.recognition.api.Certificate;
import org.corridor.skills.recognition.api.VerificationOutcome;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Asks the qualification authority whether a certificate is genuine: {@code GET /certificates/{number}?issuer=}
 * answers 200 with {@code {"status": "VALID"|"WITHDRAWN", ...}} or 404 for an unknown certificate. Every call is
 * bounded by a time limiter (a slow body counts), retried with exponential back-off, and counted by a circuit
 * breaker; while the breaker is open no call is made and the fallback says when to try again.
 */
class QualificationAuthorityClient implements AutoCloseable {

    /** The authority answered; a genuine answer even when it does not confirm the certificate. */
    record Answer(VerificationOutcome outcome, String detail) {
    }

    /** The authority could not answer now; the case waits. */
    static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final QualificationAuthorityEndpoint endpoint;
    private final ObjectMapper json;
    private final HttpClient http;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "qualification-authority");
        thread.setDaemon(true);
        return thread;
    });
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final CircuitBreaker breaker;

    QualificationAuthorityClient(QualificationAuthorityEndpoint endpoint, QualificationAuthorityProperties properties,
                                 ObjectMapper json) {
        this.endpoint = endpoint;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom().timeoutDuration(properties.timeout())
                .cancelRunningFuture(true).build());
        this.retry = Retry.of("qualification-authority", RetryConfig.custom()
                .maxAttempts(properties.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.retryBackoff(), 2.0))
                .retryOnException(e -> !(e instanceof CallNotPermittedException))
                .build());
        this.breaker = CircuitBreaker.of("qualification-authority", CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.breakerWindow())
                .minimumNumberOfCalls(Math.min(properties.breakerWindow(), 4))
                .failureRateThreshold(properties.breakerFailureRate())
                .waitDurationInOpenState(properties.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    /**
     * @throws Unavailable when the authority failed every attempt, or the breaker is open (the fallback: the case
     *                     waits for its next attempt instead of failing)
     */
    Answer verify(Certificate certificate) {
        Supplier<Answer> limited = () -> {
            try {
                return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(() -> call(certificate), calls));
            } catch (Exception e) {
                throw e instanceof RuntimeException runtime ? runtime : new Unavailable("timed out", e);
            }
        };
        Supplier<Answer> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, limited));
        try {
            return guarded.get();
        } catch (CallNotPermittedException open) {
            throw new Unavailable("the qualification authority is unavailable (circuit open); not called", open);
        } catch (Unavailable unavailable) {
            throw unavailable;
        } catch (RuntimeException failed) {
            throw new Unavailable("the qualification authority failed: " + failed.getMessage(), failed);
        }
    }

    private Answer call(Certificate certificate) {
        URI uri = URI.create(endpoint.baseUrl().toString().replaceAll("/$", "") + "/certificates/"
                + URLEncoder.encode(certificate.number(), StandardCharsets.UTF_8) + "?issuer="
                + URLEncoder.encode(certificate.issuer(), StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/json").build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
        if (response.statusCode() == 404) {
            return new Answer(VerificationOutcome.NOT_CONFIRMED, "the authority knows no such certificate");
        }
        if (response.statusCode() != 200) {
            throw new Unavailable("answered HTTP " + response.statusCode(), null);
        }
        try {
            JsonNode body = json.readTree(response.body());
            String status = body.path("status").asText("");
            return "VALID".equals(status)
                    ? new Answer(VerificationOutcome.CONFIRMED, body.path("qualification").asText("confirmed"))
                    : new Answer(VerificationOutcome.NOT_CONFIRMED, "the authority reports the certificate as "
                    + (status.isBlank() ? "unknown" : status));
        } catch (IOException e) {
            throw new Unavailable("unreadable answer", e);
        }
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }
}
