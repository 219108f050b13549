package org.corridor.permits.application.adapter;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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
import org.corridor.permits.application.api.ImmigrationCaseStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpStatusCodeException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The immigration system's API: lodgement, {@code POST /cases} with an {@code Idempotency-Key} header, so that a
 * lodgement sent again (its answer lost, the service restarted) opens no second case; and a case's status,
 * {@code GET /cases/{caseReference}}. Every call goes through one bulkhead, circuit breaker, retry with exponential
 * back-off and time limit; when all of them give up the fallback is an outcome that says why, and the work stays
 * queued.
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
                // Over the last 50 calls (20 at least): a remote that fails one call in five, as some do all day,
                // keeps it closed: half of 50 failing at that rate has a chance of 2 in a million per window,
                // against 1 in 30 over 10 calls. An outage still opens it within 20 calls.
                .slidingWindowSize(50).minimumNumberOfCalls(20).failureRateThreshold(50)
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
    Outcome<String> lodge(LodgementRequest request) {
        try {
            return Outcome.answered(resilient(() -> send(request)));
        } catch (Throwable failure) {
            return fallback(failure);
        }
    }

    /**
     * Asks for a case's status, {@code GET /cases/{caseReference}}, through the same bulkhead, circuit breaker, retry
     * and time limit as a lodgement; never throws: a failure says why, and the caller asks again later.
     */
    Outcome<CaseStatus> status(String caseReference) {
        try {
            return Outcome.answered(resilient(() -> fetch(caseReference)));
        } catch (Throwable failure) {
            return fallback(failure);
        }
    }

    CircuitBreaker.State circuit() {
        return breaker.getState();
    }

    private <T> T resilient(Supplier<T> call) throws Throwable {
        return Retry.decorateCheckedSupplier(retry, () -> breaker.executeCheckedSupplier(
                () -> bulkhead.executeCheckedSupplier(() -> limited(call)))).get();
    }

    private <T> T limited(Supplier<T> call) throws Exception {
        CompletableFuture<T> running = CompletableFuture.supplyAsync(call, calls);
        try {
            return timeLimiter.executeFutureSupplier(() -> running);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private String send(LodgementRequest request) {
        JsonNode answer = exchange(() -> http.post().uri("/cases")
                .header("Idempotency-Key", request.idempotencyKey())
                .body(request)
                .retrieve()
                .body(JsonNode.class));
        if (answer == null || !answer.hasNonNull("caseReference")) {
            throw new UnreadableAnswer("answer without a case reference");
        }
        return answer.get("caseReference").asText();
    }

    private CaseStatus fetch(String caseReference) {
        CaseStatus answer = exchange(() -> http.get().uri("/cases/{caseReference}", caseReference)
                .retrieve()
                .body(CaseStatus.class));
        if (answer == null) {
            throw new UnreadableAnswer("empty answer to a status request");
        }
        answer.requireReadable(caseReference);
        return answer;
    }

    /** One HTTP exchange: a 4xx other than 408 and 429 is a refusal (not retried), anything else unavailability. */
    private static <T> T exchange(Supplier<T> call) {
        try {
            return call.get();
        } catch (HttpStatusCodeException e) {
            HttpStatusCode status = e.getStatusCode();
            if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
                throw new RefusedByImmigrationSystem(status.value(), e.getResponseBodyAsString());
            }
            throw new Unavailable("HTTP " + status.value());
        } catch (ResourceAccessException e) {
            throw new Unavailable(e.getMostSpecificCause().getClass().getSimpleName() + ": "
                    + e.getMostSpecificCause().getMessage());
        } catch (RestClientException e) {
            throw new UnreadableAnswer("unreadable answer: " + e.getMostSpecificCause().getMessage());
        }
    }

    private static boolean worthRetrying(Throwable failure) {
        return !(failure instanceof RefusedByImmigrationSystem) && !(failure instanceof CallNotPermittedException)
                && !(failure instanceof BulkheadFullException);
    }

    /** The tested fallback: why nothing was lodged this round. */
    static <T> Outcome<T> fallback(Throwable failure) {
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
        if (failure instanceof UnreadableAnswer unreadable) {
            return Outcome.failed(unreadable.getMessage());
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

    /** What one call gave: the remote's answer, or why there is none this time. */
    record Outcome<T>(T answer, String failure) {
        static <T> Outcome<T> answered(T answer) {
            return new Outcome<>(answer, null);
        }

        static <T> Outcome<T> failed(String why) {
            return new Outcome<>(null, why);
        }

        boolean isAnswered() {
            return answer != null;
        }
    }

    /**
     * The immigration system's answer to {@code GET /cases/{caseReference}} (this service's assumption of its API):
     * the status word, and with a decision its validity ({@code APPROVED}) or its reasons, day and right-of-appeal
     * date ({@code REFUSED}). Unknown fields are ignored.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseStatus(String caseReference, String status, LocalDate validFrom, LocalDate validUntil,
                      List<String> reasons, LocalDate decidedOn, LocalDate appealBy) {

        /** An answer the service can act on, or {@link UnreadableAnswer} saying what is wrong with it. */
        void requireReadable(String asked) {
            if (caseReference != null && !caseReference.equals(asked)) {
                throw new UnreadableAnswer("answer about case " + caseReference + ", asked about " + asked);
            }
            if (status == null || !ImmigrationCaseStatus.WORD.matcher(status).matches()) {
                throw new UnreadableAnswer("status missing or not a status word: " + abbreviated(status));
            }
            if (ImmigrationCaseStatus.APPROVED.equals(status)
                    && (validFrom == null || validUntil == null || !validUntil.isAfter(validFrom))) {
                throw new UnreadableAnswer("approval without a validity (validFrom before validUntil)");
            }
            if (ImmigrationCaseStatus.REFUSED.equals(status) && (reasons == null
                    || reasons.stream().allMatch(r -> r == null || r.isBlank()) || decidedOn == null
                    || appealBy == null || !appealBy.isAfter(decidedOn))) {
                throw new UnreadableAnswer("refusal without reasons, decidedOn and a later appealBy");
            }
        }

        List<String> statedReasons() {
            return reasons == null ? List.of()
                    : reasons.stream().filter(r -> r != null && !r.isBlank()).map(String::strip).toList();
        }
    }

    private static String abbreviated(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    static final class Unavailable extends RuntimeException {
        Unavailable(String why) {
            super(why);
        }
    }

    static final class UnreadableAnswer extends RuntimeException {
        UnreadableAnswer(String why) {
            super(why);
        }
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
