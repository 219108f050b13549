package org.corridor.kernel.web;

/** One rejected input field in a problem response: where it is (a JSON path such as {@code quotas[0].positions}) and why. */
public record FieldError(String field, String message, Object rejectedValue) {
}
