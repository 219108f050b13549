package org.corridor.permits.application.web;

import org.axonframework.commandhandling.CommandExecutionException;
import org.corridor.kernel.web.Problems;
import org.corridor.permits.application.api.NotYourApplication;
import org.corridor.permits.application.api.TransitionRefused;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;
import java.util.Map;

/**
 * A transition the lifecycle refuses is a conflict with the application's state (409), naming the rule, the state
 * and the field; an application of another post or person is not found (404), so its existence is not revealed.
 */
@RestControllerAdvice(basePackageClasses = PermitProblemsAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PermitProblemsAdvice {

    @ExceptionHandler(TransitionRefused.class)
    ResponseEntity<ProblemDetail> refused(TransitionRefused refused) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "transition-refused", "Not allowed now",
                refused.getMessage());
        problem.setProperty("rule", refused.rule());
        problem.setProperty("state", refused.state() == null ? null : refused.state().name());
        problem.setProperty("errors", List.of(Map.of("field", refused.field(), "message", refused.getMessage())));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler(NotYourApplication.class)
    ResponseEntity<ProblemDetail> notYours(NotYourApplication ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
        if (ex.getCause() instanceof TransitionRefused refused) {
            return refused(refused);
        }
        if (ex.getCause() instanceof NotYourApplication notYours) {
            return notYours(notYours);
        }
        throw ex;
    }
}
