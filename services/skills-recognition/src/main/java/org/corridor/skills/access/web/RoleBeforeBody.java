package org.corridor.skills.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks the roles a controller method names in {@code @PreAuthorize} before Spring reads and validates the request
 * body, so a caller without the role gets 403 whatever the body, never a validation error that reveals its shape.
 * Method security still runs as well; this only moves the role check in front of the body.
 */
@Configuration
class RoleBeforeBody implements WebMvcConfigurer, HandlerInterceptor {

    private static final Pattern ROLES = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([A-Z_]+)'");

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        PreAuthorize rule = method.getMethodAnnotation(PreAuthorize.class);
        if (rule == null) {
            return true;
        }
        Matcher roles = ROLES.matcher(rule.value());
        if (!roles.find()) {
            return true;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        Set<String> held = authentication == null ? Set.of() : authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Matcher role = QUOTED.matcher(roles.group(1));
        while (role.find()) {
            if (held.contains("ROLE_" + role.group(1))) {
                return true;
            }
        }
        throw new AccessDeniedException("Your role does not allow this");
    }
}
