package org.corridor.identity.web;

import org.springframework.http.HttpStatus;

import java.time.Instant;

/**
 * A request the identity service turns down, said plainly: what was wrong and what the person can do next. Becomes an
 * RFC 9457 problem ({@code urn:corridor:problem:<kind>}); {@code field} names the request field at fault, if any;
 * {@code retryAfter} becomes a {@code Retry-After} header.
 */
public class Refused extends RuntimeException {

    private final HttpStatus status;
    private final String kind;
    private final String title;
    private final String field;
    private final Instant retryAfter;

    public Refused(HttpStatus status, String kind, String title, String detail) {
        this(status, kind, title, detail, null, null);
    }

    public Refused(HttpStatus status, String kind, String title, String detail, String field, Instant retryAfter) {
        super(detail);
        this.status = status;
        this.kind = kind;
        this.title = title;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    public static Refused forbidden(String detail) {
        return new Refused(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail);
    }

    public static Refused notFound(String detail) {
        return new Refused(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    public static Refused conflict(String kind, String detail) {
        return new Refused(HttpStatus.CONFLICT, kind, "Conflict", detail);
    }

    public static Refused invalid(String field, String detail) {
        return new Refused(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input", detail, field, null);
    }

    public HttpStatus status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }

    public Instant retryAfter() {
        return retryAfter;
    }
}
