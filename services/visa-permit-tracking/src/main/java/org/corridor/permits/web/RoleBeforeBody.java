package org.corridor.permits.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller method's {@code @PreAuthorize} before Spring reads the request body: method security alone
 * runs after the arguments are resolved, so a caller without the role would get a validation error (which reveals
 * the shape of the data) instead of 403. The same annotation is checked again by method security.
 */
@Configuration(proxyBeanMethods = false)
class RoleBeforeBody implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    SimpleMethodInvocation invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod());
                    AuthorizationDecision decision = roles.check(
                            () -> SecurityContextHolder.getContext().getAuthentication(), invocation);
                    if (decision != null && !decision.isGranted()) {
                        throw new AccessDeniedException("Your role does not allow this");
                    }
                }
                return true;
            }
        });
    }
}
