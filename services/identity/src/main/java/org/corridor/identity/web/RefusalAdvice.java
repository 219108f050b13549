package org.corridor.identity.web;

import org.corridor.kernel.web.FieldError;
import org.corridor.kernel.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Every {@link Refused} as a problem document, with {@code Retry-After} when the person must wait. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RefusalAdvice {

    private final Clock clock;

    RefusalAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(Refused refused) {
        ProblemDetail problem = Problems.of(refused.status(), refused.kind(), refused.title(), refused.getMessage());
        if (refused.field() != null) {
            problem.setProperty("errors", List.of(new FieldError(refused.field(), refused.getMessage(), null)));
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.status(refused.status());
        if (refused.retryAfter() != null) {
            problem.setProperty("retryAfter", refused.retryAfter().toString());
            long seconds = Math.max(1, Duration.between(clock.instant(), refused.retryAfter()).toSeconds());
            response.header(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        }
        return response.body(problem);
    }
}
