package org.corridor.skills.access.web;

import org.corridor.kernel.web.Problems;
import org.corridor.skills.access.NotPermitted;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A caller outside its scope gets 403, also when the refusal came from an aggregate behind the command bus. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessProblems {

    @ExceptionHandler(NotPermitted.class)
    ResponseEntity<ProblemDetail> notPermitted(NotPermitted ex) {
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", ex.getMessage());
        problem.setProperty("rule", ex.rule());
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem);
    }
}
