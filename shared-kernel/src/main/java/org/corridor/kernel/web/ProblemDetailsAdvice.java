package org.corridor.kernel.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ConstraintViolationException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.corridor.kernel.config.CommandTimedOutException;
import org.corridor.kernel.privacy.SubjectErasedException;
import org.corridor.kernel.types.InvalidValueException;
import org.corridor.kernel.types.RuleViolation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Turns every refusal into an RFC 9457 problem that names what was wrong. Bad input is refused here, before any
 * command is sent, so nothing is stored.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage(), error.getRejectedValue()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = ex.getMostSpecificCause();
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            String message = cause instanceof InvalidValueException invalid
                    ? "must be " + invalid.expected()
                    : "has the wrong type or format";
            Object rejected = cause instanceof InvalidValueException invalid ? invalid.rejectedValue() : null;
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(field, message, rejected))));
        }
        if (ex.getCause() instanceof JsonProcessingException parse) {
            ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "malformed-json", "Malformed JSON",
                    "The request body is not valid JSON: " + parse.getOriginalMessage());
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(Problems.of(HttpStatus.BAD_REQUEST, "unreadable-body",
                "Unreadable request body", "A JSON request body is required"));
    }

    @ExceptionHandler(InvalidValueException.class)
    ResponseEntity<ProblemDetail> invalidValue(InvalidValueException ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(
                new FieldError(ex.kind(), "must be " + ex.expected(), ex.rejectedValue()))));
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolation(RuleViolation ex) {
        return ResponseEntity.badRequest().body(invalid(List.of(new FieldError(ex.field(), ex.getMessage(), null))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage(), v.getInvalidValue()))
                .toList();
        return ResponseEntity.badRequest().body(invalid(errors));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "Not found", "Nothing is recorded under id " + ex.getAggregateIdentifier()));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found", ex.getMessage()));
    }

    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class,
            ConflictingAggregateVersionException.class})
    ResponseEntity<ProblemDetail> conflict(AxonException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "conflict",
                "Conflicting change", "Someone else changed this record at the same time, or it already exists; "
                        + "reload it and try again"));
    }

    /**
     * Something new about a person who asked to be forgotten: refused, whichever path it came by. Services refuse
     * earlier with their own rule where they can; this is the answer when only the key store noticed.
     */
    @ExceptionHandler(SubjectErasedException.class)
    ResponseEntity<ProblemDetail> subjectErased(SubjectErasedException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "person-erased",
                "This person was erased", "This person asked to be forgotten on "
                        + ex.erasure().erasedAt().toString().substring(0, 10) + ", so nothing new about them can be "
                        + "recorded. If they come back to the scheme, enrol them again as a new person."));
    }

    /** The command was not handled in time: the caller may try again later, once it has checked it did not take effect. */
    @ExceptionHandler(CommandTimedOutException.class)
    ResponseEntity<ProblemDetail> commandTimedOut(CommandTimedOutException ex) {
        long retryAfter = Math.max(1, ex.timeout().toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "command-timed-out", "Not answered in time",
                        "The service did not finish this within " + ex.timeout().toSeconds() + " s; it may still "
                                + "do so. Check whether the change was recorded before you send it again."));
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<ProblemDetail> commandFailed(CommandExecutionException ex) {
        if (ex.getCause() instanceof InvalidValueException invalid) {
            return invalidValue(invalid);
        }
        if (ex.getCause() instanceof RuleViolation violation) {
            return ruleViolation(violation);
        }
        if (ex.getCause() instanceof SubjectErasedException erased) {
            return subjectErased(erased);
        }
        if (ex.getCause() instanceof EventStoreException) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(Problems.of(
                    HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                    "The change could not be stored; nothing was recorded, try again"));
        }
        throw ex;
    }

    private static ProblemDetail invalid(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                "Invalid value for " + fields + "; nothing was stored");
        problem.setProperty("errors", errors);
        return problem;
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.indexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
