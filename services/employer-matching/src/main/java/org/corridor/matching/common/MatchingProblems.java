package org.corridor.matching.common;

import org.corridor.kernel.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problems particular to employer-matching, before the platform's general ones. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MatchingProblems {

    @ExceptionHandler(UnknownToCaller.class)
    ResponseEntity<ProblemDetail> unknown(UnknownToCaller ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    @ExceptionHandler(NotNow.class)
    ResponseEntity<ProblemDetail> notNow(NotNow ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "not-now", "Not possible in this state",
                ex.getMessage());
        problem.setProperty("field", ex.field());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
