package org.corridor.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Answers 429 with a problem and {@code Retry-After} once a client has used its burst. A client is the token's
 * subject when there is a valid token, else the remote address. Actuator paths are not limited: probes and
 * scrapes must not be turned away. Not a bean: it runs inside the security chain only.
 */
public class ClientRateLimitFilter extends OncePerRequestFilter {

    private final ClientRateLimits limits;
    private final ProblemResponses problems;
    private final Counter refusedSubjects;
    private final Counter refusedAddresses;

    public ClientRateLimitFilter(ClientRateLimits limits, ProblemResponses problems, MeterRegistry meters) {
        this.limits = limits;
        this.problems = problems;
        this.refusedSubjects = refusals(meters, "subject");
        this.refusedAddresses = refusals(meters, "address");
    }

    private static Counter refusals(MeterRegistry meters, String clientKind) {
        return Counter.builder("corridor.gateway.rate.limited")
                .description("Requests refused by the per-client rate limit")
                .tag("client", clientKind)
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String subject = subjectOf(SecurityContextHolder.getContext().getAuthentication());
        String client = subject != null ? "subject:" + subject : "address:" + request.getRemoteAddr();
        ClientRateLimits.Admission admission = limits.admit(client);
        if (admission.admitted()) {
            chain.doFilter(request, response);
            return;
        }
        (subject != null ? refusedSubjects : refusedAddresses).increment();
        long retryAfter = admission.retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                "Too many requests from this client; retry after " + retryAfter + " s.");
        problem.setProperty("retryAfterSeconds", retryAfter);
        problems.write(request, response, problem);
    }

    static String subjectOf(Authentication authentication) {
        if (authentication instanceof JwtAuthenticationToken token
                && StringUtils.hasText(token.getToken().getSubject())) {
            return token.getToken().getSubject();
        }
        return null;
    }
}
