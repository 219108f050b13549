package org.corridor.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.corridor.gateway.problem.ProblemResponses;
import org.corridor.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * While the OpenID Connect issuer cannot be reached, tokens cannot be checked at all. That is the issuer's outage,
 * not a bad token: answer 503 so clients retry instead of logging in again, rather than a bare 500.
 */
class IssuerUnavailableFilter extends OncePerRequestFilter {

    private final ProblemResponses problems;

    IssuerUnavailableFilter(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (JwtDecoderInitializationException unreachable) {
            if (response.isCommitted()) {
                throw unreachable;
            }
            logger.warn("The token issuer cannot be reached: " + unreachable.getMessage());
            problems.write(request, response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "issuer-unavailable",
                    "Access tokens cannot be checked right now: the token issuer cannot be reached. Try again later."));
        }
    }
}
