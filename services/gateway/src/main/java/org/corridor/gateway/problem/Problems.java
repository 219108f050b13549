package org.corridor.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/**
 * RFC 9457 problem details with the platform's type URNs ({@code urn:corridor:problem:<kind>}). The gateway keeps
 * its own copy rather than depending on the shared kernel: it must stay deployable on its own.
 */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String kind, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:corridor:problem:" + kind));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
