package org.corridor.kernel.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/** Takes the caller's {@code X-Correlation-Id} (or makes one), keeps it for the request, and echoes it back. */
public class CorrelationIdFilter extends OncePerRequestFilter {

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String incoming = request.getHeader(CorrelationContext.HEADER);
        String correlationId = incoming != null && ACCEPTABLE.matcher(incoming).matches()
                ? incoming : CorrelationContext.newId();
        response.setHeader(CorrelationContext.HEADER, correlationId);
        try (CorrelationContext.Scope ignored = CorrelationContext.open(correlationId)) {
            chain.doFilter(request, response);
        }
    }
}
