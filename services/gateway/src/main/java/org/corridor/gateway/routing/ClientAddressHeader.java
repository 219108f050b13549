package org.corridor.gateway.routing;

import org.springframework.cloud.gateway.server.mvc.filter.HttpHeadersFilter;
import org.springframework.cloud.gateway.server.mvc.filter.XForwardedRequestHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Every proxied request names its client in {@code X-Forwarded-For}, so the identity service counts wrong passwords
 * per client address and not all of them against the gateway's. The gateway's forwarded-headers filter appends the
 * address for a caller it trusts (a proxy on this host) and, for anyone else, drops the caller's own
 * {@code X-Forwarded-*} headers and adds nothing; this filter runs after it and, where the header is missing, sets it
 * to the connection's address. A caller can therefore never name another address for itself.
 */
@Component
class ClientAddressHeader implements HttpHeadersFilter.RequestHttpHeadersFilter, Ordered {

    @Override
    public HttpHeaders apply(HttpHeaders input, ServerRequest request) {
        if (input.containsKey(XForwardedRequestHeadersFilter.X_FORWARDED_FOR_HEADER)) {
            return input;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.putAll(input);
        headers.set(XForwardedRequestHeadersFilter.X_FORWARDED_FOR_HEADER, request.servletRequest().getRemoteAddr());
        return headers;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
