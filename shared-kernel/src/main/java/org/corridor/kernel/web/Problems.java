package org.corridor.kernel.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;

/** RFC 9457 problem details with stable, documented type URNs ({@code urn:corridor:problem:<kind>}). */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String kind, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:corridor:problem:" + kind));
        problem.setTitle(title);
        return problem;
    }
}
