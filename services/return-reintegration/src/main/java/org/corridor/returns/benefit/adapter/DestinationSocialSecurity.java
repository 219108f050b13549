package org.corridor.returns.benefit.adapter;

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
import org.corridor.kernel.types.Money;
import org.corridor.returns.benefit.api.BenefitClaimFiled;
import org.corridor.returns.benefit.api.DestinationStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The destination's social-security system, reached over HTTP. Every call carries the claim id as its
 * {@code Idempotency-Key}, so a call sent again after a lost answer is recognised there and answered with the
 * first reference: a claim is received once however often it is sent. Each call has a time limit for the whole
 * answer; failed calls are tried again with back-off; a circuit breaker stops calling a system that keeps failing
 * and lets a few calls probe it once it has been open for a while. When no answer comes, the claim is
 * {@link DestinationAnswer.Unavailable}: it stays waiting and is sent again later, never dropped. A received
 * claim's status is asked for under the destination's reference through the same guards.
 */
@Component
class DestinationSocialSecurity implements AutoCloseable {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Logger log = LoggerFactory.getLogger(DestinationSocialSecurity.class);

    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final CircuitBreaker circuitBreaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;
    private final ExecutorService calls = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "social-security-call");
        thread.setDaemon(true);
        return thread;
    });

    DestinationSocialSecurity(SocialSecurityProperties properties) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(client);
        requests.setReadTimeout(properties.callTimeout());
        this.http = RestClient.builder().baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.circuitBreaker = CircuitBreaker.of("destination-social-security", CircuitBreakerConfig.custom()
                .failureRateThreshold(properties.failureRate())
                .slidingWindowSize(properties.window())
                .minimumNumberOfCalls(properties.window())
                .waitDurationInOpenState(properties.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordExceptions(DestinationFailed.class)
                .build());
        this.retry = Retry.of("destination-social-security", RetryConfig.custom()
                .maxAttempts(properties.attempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(properties.backOff(), 2.0))
                .retryExceptions(DestinationFailed.class)
                .build());
        this.timeLimiter = TimeLimiter.of("destination-social-security", TimeLimiterConfig.custom()
                .timeoutDuration(properties.callTimeout()).cancelRunningFuture(true).build());
    }

    CircuitBreaker.State circuit() {
        return circuitBreaker.getState();
    }

    DestinationAnswer submit(BenefitClaimFiled claim) {
        return guarded(() -> call(claim), "Benefit claim " + claim.claimId() + " not sent now, it waits");
    }

    /** Where the claim the destination holds under {@code reference} is now: through the same guards. */
    DestinationAnswer status(String reference) {
        return guarded(() -> askStatus(reference), "Status of benefit claim " + reference + " not known now");
    }

    private DestinationAnswer guarded(Supplier<DestinationAnswer> call, String whenUnavailable) {
        Supplier<DestinationAnswer> guarded = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> timed(call)));
        try {
            return guarded.get();
        } catch (DestinationFailed | CallNotPermittedException e) {
            log.warn("{}: {}", whenUnavailable, e.getMessage());
            return new DestinationAnswer.Unavailable(e.getMessage());
        }
    }

    private DestinationAnswer timed(Supplier<DestinationAnswer> call) {
        try {
            return timeLimiter.executeFutureSupplier(() -> CompletableFuture.supplyAsync(call, calls));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception timedOutOrInterrupted) {
            throw new DestinationFailed("no whole answer in time: " + timedOutOrInterrupted, timedOutOrInterrupted);
        }
    }

    private DestinationAnswer call(BenefitClaimFiled claim) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("claimId", claim.claimId());
        body.put("insuranceNumber", claim.foreignInsuranceNumber());
        body.put("benefit", claim.kind().name());
        body.put("insuredFrom", claim.insuredFrom().toString());
        body.put("insuredUntil", claim.insuredUntil().toString());
        body.put("countryOfResidence", claim.originCountry().value());
        try {
            return http.post().uri("/portability-claims")
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(IDEMPOTENCY_KEY, claim.claimId())
                    .body(body)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        String text = new String(response.getBody().readAllBytes());
                        if (status.is2xxSuccessful() || status.value() == 409) {
                            JsonNode answer = json.readTree(text);
                            if (answer == null || !answer.hasNonNull("reference")) {
                                throw new DestinationFailed("answer " + status.value() + " without a reference", null);
                            }
                            return new DestinationAnswer.Received(answer.get("reference").asText(),
                                    answer.path("status").asText("RECEIVED"));
                        }
                        if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
                            return new DestinationAnswer.Refused(status.value() + ": " + text);
                        }
                        throw new DestinationFailed("answered " + status.value(), null);
                    });
        } catch (ResourceAccessException e) {
            throw new DestinationFailed("unreachable: " + e.getMessage(), e);
        }
    }

    private DestinationAnswer askStatus(String reference) {
        try {
            return http.get().uri("/portability-claims/{reference}", reference)
                    .accept(MediaType.APPLICATION_JSON)
                    .exchange((request, response) -> {
                        HttpStatusCode status = response.getStatusCode();
                        String text = new String(response.getBody().readAllBytes());
                        if (status.is4xxClientError() && status.value() != 408 && status.value() != 429) {
                            return new DestinationAnswer.NoStatus(status.value() + ": " + text);
                        }
                        if (!status.is2xxSuccessful()) {
                            throw new DestinationFailed("status of " + reference + " answered " + status.value(), null);
                        }
                        return statusIn(reference, json.readTree(text));
                    });
        } catch (ResourceAccessException e) {
            throw new DestinationFailed("unreachable: " + e.getMessage(), e);
        }
    }

    /** An answer that cannot be taken (no status, an unknown one, a grant without its amount) gives no status. */
    private static DestinationAnswer statusIn(String reference, JsonNode answer) {
        if (answer == null || !answer.hasNonNull("status")) {
            return new DestinationAnswer.NoStatus("status of " + reference + " answered without a status");
        }
        DestinationStatus status;
        try {
            status = DestinationStatus.valueOf(answer.get("status").asText());
        } catch (IllegalArgumentException unknown) {
            return new DestinationAnswer.NoStatus("status of " + reference + " is " + answer.get("status")
                    + ", not one of RECEIVED, UNDER_REVIEW, GRANTED, REFUSED");
        }
        Money granted = null;
        JsonNode amount = answer.path("grantedAmount");
        if (status == DestinationStatus.GRANTED) {
            try {
                granted = Money.of(amount.path("amount").asText(), amount.path("currency").asText());
            } catch (RuntimeException unreadable) {
                return new DestinationAnswer.NoStatus("grant of " + reference + " without a readable amount: "
                        + amount);
            }
        }
        List<String> reasons = new ArrayList<>();
        answer.path("reasons").forEach(reason -> reasons.add(reason.asText()));
        LocalDate decidedOn = null;
        if (answer.hasNonNull("decidedOn")) {
            try {
                decidedOn = LocalDate.parse(answer.get("decidedOn").asText());
            } catch (DateTimeParseException unreadable) {
                return new DestinationAnswer.NoStatus("decision of " + reference + " dated "
                        + answer.get("decidedOn") + ", not a day (YYYY-MM-DD)");
            }
        }
        return new DestinationAnswer.Status(status, granted, List.copyOf(reasons), decidedOn);
    }

    @Override
    public void close() {
        calls.shutdownNow();
    }

    /** The call failed in a way that may pass: an error status, a timeout, a broken connection. */
    static class DestinationFailed extends RuntimeException {
        DestinationFailed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
