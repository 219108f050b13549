package org.corridor.permits.application.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;

/**
 * The immigration system's lodgement API: {@code POST /cases} with an {@code Idempotency-Key} header, so that a
 * lodgement sent again (its answer lost, the service restarted) opens no second case. Every call goes through a
 * bulkhead, a circuit breaker, a retry with exponential back-off and a time limit; when all of them give up the
 * fallback is an {@link Outcome} that says why, and the lodgement stays queued.
 */
@Component
class ImmigrationSystemClient implements AutoCloseable {

    private final RestClient http;
    private final Retry retry;
    private final CircuitBreaker breaker;
    private final Bulkhead bulkhead;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls;

    ImmigrationSystemClient(ImmigrationSettings settings, RestClient.Builder builder) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(settings.connectTimeout()).build());
        requests.setReadTimeout(settings.timeout());
        this.http = builder.baseUrl(settings.baseUrl()).requestFactory(requests).build();
        this.retry = Retry.of("immigration-system", RetryConfig.custom()
                .maxAttempts(settings.attemptsPerRound())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(100), 2.0))
                .retryOnException(ImmigrationSystemClient::worthRetrying)
                .build());
        this.breaker = CircuitBreaker.of("immigration-system", CircuitBreakerConfig.custom()
                .slidingWindowSize(10).minimumNumberOfCalls(5).failureRateThreshold(50)
                .waitDurationInOpenState(settings.firstRetryAfter())
                .permittedNumberOfCallsInHalfOpenState(2)
                .ignoreExceptions(RefusedByImmigrationSystem.class)
                .build());
        this.bulkhead = Bulkhead.of("immigration-system", BulkheadConfig.custom()
                .maxConcurrentCalls(settings.concurrentCalls()).maxWaitDuration(Duration.ofSeconds(1)).build());
        this.timeLimiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(settings.timeout().plusMillis(500)).cancelRunningFuture(true).build());
        this.calls = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "immigration-system-call");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Lodges once, under its key; never throws: a failure is an outcome, and the caller queues a new round. */
    Outcome lodge(LodgementRequest request) {
        try {
            String caseReference = Retry.decorateCheckedSupplier(retry, () -> breaker.executeCheckedSupplier(
                    () -> bulkhead.executeCheckedSupplier(() -> limited(request)))).get();
            return Outcome.lodged(caseReference);
        } catch (Throwable failure) {
            return fallback(failure);
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private String limited(LodgementRequest request) throws Exception {
        CompletableFuture<String> call = CompletableFuture.supplyAsync(() -> send(request), calls);
        try {
            return timeLimiter.executeFutureSupplier(() -> call);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private String send(LodgementRequest request) {
        try {
            JsonNode answer = http.post().uri("/cases")
                    .header("Idempotency-Key", request.idempotencyKey())
                    .body(request)
                    .retrieve()
                    .body(JsonNode.class);
            if (answer == null || !answer.hasNonNull("caseReference")) {
                throw new UnreadableAnswer();
            }
            return answer.get("caseReference").asText();
        } catch (HttpStatusCodeException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
                throw new RefusedByImmigrationSystem(status.value(), e.getResponseBodyAsString());
            }
            throw new Unavailable("HTTP " + status.value());
        } catch (ResourceAccessException e) {
            throw new Unavailable(e.getMostSpecificCause().getClass().getSimpleName() + ": "
                    + e.getMostSpecificCause().getMessage());
        }
    }

    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof RefusedByImmigrationSystem) && !(failure instanceof CallNotPermittedException)
                && !(failure instanceof BulkheadFullException);
    }

    /** The tested fallback: why nothing was lodged this round. */
    static Outcome fallback(Throwable failure) {
        if (failure instanceof CallNotPermittedException) {
            return Outcome.failed("not sent: the immigration system is failing, calls paused (circuit open)");
        }
        if (failure instanceof BulkheadFullException) {
            return Outcome.failed("not sent: too many calls in flight");
        }
        if (failure instanceof TimeoutException) {
            return Outcome.failed("no answer in time");
        }
        if (failure instanceof RefusedByImmigrationSystem refused) {
            return Outcome.failed("refused by the immigration system: HTTP " + refused.status + " " + refused.body);
        }
        if (failure instanceof Unavailable unavailable) {
            return Outcome.failed("unavailable: " + unavailable.getMessage());
        }
        if (failure instanceof UnreadableAnswer) {
            return Outcome.failed("answer without a case reference");
        }
        return Outcome.failed("failed: " + failure.getClass().getSimpleName());
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /** What is sent: the application and the personal details the permit needs. */
    record LodgementRequest(String applicationId, String idempotencyKey, String post, String permitType,
                            String personId, String employerId, String jobOrderId, String iscoCode,
                            String destinationCountry, String startDate, int contractMonths, String passportNumber,
                            String nationality, String birthDate) {
    }

    record Outcome(String caseReference, String failure) {
        static Outcome lodged(String caseReference) {
            return new Outcome(caseReference, null);
        }

        static Outcome failed(String why) {
            return new Outcome(null, why);
        }

        boolean isLodged() {
            return caseReference != null;
        }
    }

    static final class Unavailable extends RuntimeException {
        Unavailable(String why) {
            super(why);
        }
    }

    static final class UnreadableAnswer extends RuntimeException {
    }

    static final class RefusedByImmigrationSystem extends RuntimeException {
        final int status;
        final String body;

        RefusedByImmigrationSystem(int status, String body) {
            super("HTTP " + status);
            this.status = status;
            this.body = body == null ? "" : body.length() > 200 ? body.substring(0, 200) : body;
        }
    }
}
